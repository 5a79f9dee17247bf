package io.tws4j.simulator.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Exchange holidays by rule, for any year: the US exchanges' (NYSE's rules, which CME's US
 * holidays follow) and Japan's. Early closes are not modelled.
 */
public enum Holidays {
    /** No holidays: markets that trade every day (crypto) or whose calendar is not modelled. */
    NONE {
        @Override
        public boolean isHoliday(LocalDate day) {
            return false;
        }
    },
    /** New Year, MLK, Presidents', Good Friday, Memorial, Juneteenth, Independence, Labor, Thanksgiving, Christmas. */
    US {
        @Override
        public boolean isHoliday(LocalDate day) {
            int year = day.getYear();
            return day.equals(observed(LocalDate.of(year, 1, 1)))
                    || day.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))
                    || day.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))
                    || day.equals(easter(year).minusDays(2))
                    || day.equals(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    || (year >= 2022 && day.equals(observed(LocalDate.of(year, 6, 19))))
                    || day.equals(observed(LocalDate.of(year, 7, 4)))
                    || day.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))
                    || day.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))
                    || day.equals(observed(LocalDate.of(year, 12, 25)));
        }
    },
    /** The Tokyo Stock Exchange's: year-end days, national holidays (equinoxes by formula), substitutes. */
    JAPAN {
        @Override
        public boolean isHoliday(LocalDate day) {
            if (isNationalHoliday(day)) {
                return true;
            }
            // A holiday on Sunday moves to the next day that is not a holiday.
            LocalDate before = day.minusDays(1);
            while (isNationalHoliday(before)) {
                if (before.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    return true;
                }
                before = before.minusDays(1);
            }
            return false;
        }
    };

    /** Returns whether the market is closed all day on {@code day} (weekends aside). */
    public abstract boolean isHoliday(LocalDate day);

    private static boolean isNationalHoliday(LocalDate day) {
        int year = day.getYear();
        int month = day.getMonthValue();
        int date = day.getDayOfMonth();
        return (month == 1 && date <= 3) || (month == 12 && date == 31)
                || day.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 2))
                || (month == 2 && (date == 11 || date == 23))
                || day.equals(LocalDate.of(year, 3, equinoxDay(year, 20.8431)))
                || (month == 4 && date == 29) || (month == 5 && date >= 3 && date <= 5)
                || day.equals(nth(year, Month.JULY, DayOfWeek.MONDAY, 3))
                || (month == 8 && date == 11)
                || day.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 3))
                || day.equals(LocalDate.of(year, 9, equinoxDay(year, 23.2488)))
                || day.equals(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2))
                || (month == 11 && (date == 3 || date == 23));
    }

    /** The usual approximation of the equinox day, good from 1980 to 2099. */
    private static int equinoxDay(int year, double base) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** A Saturday holiday is observed on Friday, a Sunday one on Monday (New Year's on a Saturday is not observed). */
    private static LocalDate observed(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
