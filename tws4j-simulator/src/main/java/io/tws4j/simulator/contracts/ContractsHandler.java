package io.tws4j.simulator.contracts;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.protocol.proto.ContractsProto.CancelContractData;
import io.tws4j.protocol.proto.ContractsProto.ContractDataRequest;
import io.tws4j.protocol.proto.ContractsProto.MarketDepthExchangesRequest;
import io.tws4j.protocol.proto.ContractsProto.MarketRuleRequest;
import io.tws4j.protocol.proto.ContractsProto.MatchingSymbolsRequest;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParamsRequest;
import io.tws4j.protocol.proto.ContractsProto.SmartComponentsRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.market.MarketModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the reference-data requests as TWS does: contract details (every match, bonds as
 * BOND_CONTRACT_DATA, then the end marker; error 200 when nothing matches), symbol searches,
 * option chains (one message per exchange, then the end marker), market rules, SMART components
 * and depth exchanges. The option calculations are answered by {@link OptionCalculationsHandler}.
 */
public final class ContractsHandler {
    private static final Logger log = LoggerFactory.getLogger(ContractsHandler.class);
    /** The simulator lists instruments and checks expiries by New York's calendar day. */
    private static final ZoneId LISTING_ZONE = ZoneId.of("America/New_York");

    private final GatewayEngine engine;
    private final InstrumentUniverse universe;
    private final ContractMatcher matcher;

    private ContractsHandler(GatewayEngine engine, InstrumentUniverse universe) {
        this.engine = engine;
        this.universe = universe;
        this.matcher = new ContractMatcher(universe);
    }

    /** Installs the handlers of the contracts domain on an engine. */
    public static void install(GatewayEngine engine, InstrumentUniverse universe, MarketModel market) {
        ContractsHandler handler = new ContractsHandler(engine, universe);
        engine.register(OutMessage.REQ_CONTRACT_DATA, ContractDataRequest.class, handler::contractDetails);
        engine.register(OutMessage.CANCEL_CONTRACT_DATA, CancelContractData.class, (session, request) ->
                log.debug("client {}: contract details {} cancelled (already answered)", session.clientId(), request.getReqId()));
        engine.register(OutMessage.REQ_MATCHING_SYMBOLS, MatchingSymbolsRequest.class, handler::matchingSymbols);
        engine.register(OutMessage.REQ_SEC_DEF_OPT_PARAMS, SecDefOptParamsRequest.class, handler::optionChains);
        engine.register(OutMessage.REQ_MARKET_RULE, MarketRuleRequest.class, handler::marketRule);
        engine.register(OutMessage.REQ_SMART_COMPONENTS, SmartComponentsRequest.class, handler::smartComponents);
        engine.register(OutMessage.REQ_MKT_DEPTH_EXCHANGES, MarketDepthExchangesRequest.class, handler::depthExchanges);
        OptionCalculationsHandler.install(engine, handler.matcher, market);
    }

    /** Returns today by the simulator's listing calendar. */
    public static LocalDate today(GatewayEngine engine) {
        return LocalDate.ofInstant(engine.now(), LISTING_ZONE);
    }

    private void contractDetails(ClientSession session, ContractDataRequest request) {
        int requestId = request.getReqId();
        Contract wanted = ContractsCodec.contract(request.getContract());
        Optional<String> problem = ContractMatcher.problem(wanted);
        if (problem.isPresent()) {
            session.sendError(requestId, ErrorCodes.REQUEST_VALIDATION_FAILED,
                    "Error validating request.-'REQ_CONTRACT_DATA' : cause - " + problem.get());
            return;
        }
        List<ContractDetails> found = matcher.details(wanted, today(engine));
        if (found.isEmpty()) {
            session.sendError(requestId, ErrorCodes.NO_SECURITY_DEFINITION, "No security definition has been found for the request");
            return;
        }
        for (ContractDetails details : found) {
            InMessage type = details.contract().securityType() == SecurityType.BOND
                    ? InMessage.BOND_CONTRACT_DATA : InMessage.CONTRACT_DATA;
            session.sendBuffered(type, ContractsCodec.contractData(requestId, details));
        }
        session.sendBuffered(InMessage.CONTRACT_DATA_END, ContractsCodec.contractDataEnd(requestId));
        session.flush();
    }

    private void matchingSymbols(ClientSession session, MatchingSymbolsRequest request) {
        session.send(InMessage.SYMBOL_SAMPLES, ContractsCodec.symbolSamples(request.getReqId(),
                universe.search(request.getPattern())));
    }

    /** TWS answers an underlying without options with the end marker alone. */
    private void optionChains(ClientSession session, SecDefOptParamsRequest request) {
        int requestId = request.getReqId();
        if (request.getFutFopExchange().isEmpty()) {
            universe.optionChains(request.getUnderlyingConId(), request.getUnderlyingSymbol(), today(engine))
                    .forEach(chain -> session.sendBuffered(InMessage.SECURITY_DEFINITION_OPTION_PARAMETER,
                            ContractsCodec.secDefOptParameter(requestId, chain)));
        }
        session.sendBuffered(InMessage.SECURITY_DEFINITION_OPTION_PARAMETER_END, ContractsCodec.secDefOptParameterEnd(requestId));
        session.flush();
    }

    /**
     * Inferred: TWS's answer to an unknown rule id is not documented; the simulator reports it
     * as a validation error with id -1 (the request has no id), rather than never answering.
     */
    private void marketRule(ClientSession session, MarketRuleRequest request) {
        int id = request.getMarketRuleId();
        MarketRules.byId(id).ifPresentOrElse(
                rule -> session.send(InMessage.MARKET_RULE, ContractsCodec.marketRule(rule)),
                () -> session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.REQUEST_VALIDATION_FAILED,
                        "Error validating request.-'REQ_MARKET_RULE' : cause - unknown market rule id " + id));
    }

    /** Inferred: an unknown BBO exchange code is a validation error naming the request. */
    private void smartComponents(ClientSession session, SmartComponentsRequest request) {
        Optional<List<SmartComponent>> components = ReferenceTables.smartComponents(request.getBboExchange());
        if (components.isEmpty()) {
            session.sendError(request.getReqId(), ErrorCodes.REQUEST_VALIDATION_FAILED,
                    "Error validating request.-'REQ_SMART_COMPONENTS' : cause - unknown BBO exchange '"
                            + request.getBboExchange() + "'");
            return;
        }
        session.send(InMessage.SMART_COMPONENTS, ContractsCodec.smartComponents(request.getReqId(), components.get()));
    }

    private void depthExchanges(ClientSession session, MarketDepthExchangesRequest request) {
        session.send(InMessage.MKT_DEPTH_EXCHANGES, ContractsCodec.marketDepthExchanges(ReferenceTables.DEPTH_EXCHANGES));
    }
}
