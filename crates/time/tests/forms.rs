//! Expression forms added for query strings and English locales: numeric
//! dates day first, regional holidays, days inside a month, clock times in
//! words, parts of the day at a clock time, beginning/end of a unit.

use chrono::NaiveDate;
use dateline_time::{times_in, times_in_at, Region, TimeOptions};

fn values(text: &str, opts: TimeOptions) -> Vec<String> {
    let now = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap().and_hms_opt(4, 30, 0).unwrap();
    times_in_at(text, now, opts)
        .into_iter()
        .map(|t| match t.modifier {
            Some(m) => format!("{}[{m}]", t.value),
            None => t.value,
        })
        .collect()
}

fn lenient() -> TimeOptions {
    TimeOptions::builder().lenient(true).build()
}

#[test]
fn numeric_dates_follow_the_locale() {
    let gb = TimeOptions::builder().lenient(true).day_first(true).build();
    assert_eq!(values("on 3/4/2014", gb), ["2014-04-03"]);
    assert_eq!(values("on 3/4/2014", lenient()), ["2014-03-04"]);
    // Only one reading is a date: taken in either mode.
    assert_eq!(values("on 15/2", lenient()), ["2013-02-15"]);
    assert_eq!(values("31.10.1974", gb), ["1974-10-31"]);
    assert_eq!(values("31-10-74", gb), ["1974-10-31"]);
    assert_eq!(values("10 31 1974", lenient()), ["1974-10-31"]);
    assert_eq!(values("2015-3-3", lenient()), ["2015-03-03"]);
    assert_eq!(values("in 2/2013", lenient()), ["2013-02"]);
    assert_eq!(values("2014/10", lenient()), ["2014-10"]);
    // News mode: a score is no date.
    let news = TimeOptions::default();
    assert!(values("won 15-2 on aggregate", news).is_empty());
}

#[test]
fn regional_holidays() {
    let at =
        |r: &str, text: &str| values(text, TimeOptions::builder().lenient(true).region(Region::from_code(r)).build());
    assert_eq!(at("EN_US", "Labour Day 2012"), ["2012-09-03"]);
    assert_eq!(at("EN_AU", "Labour Day 2012"), ["2012-10-01"]);
    assert_eq!(at("EN_NZ", "Labour Day 2012"), ["2012-10-22"]);
    assert_eq!(at("EN_CA", "thanksgiving 2013"), ["2013-10-14"]);
    assert_eq!(at("EN_US", "thanksgiving 2013"), ["2013-11-28"]);
    assert_eq!(at("EN_CA", "Victoria Day 2018"), ["2018-05-21"]);
    assert_eq!(at("EN_GB", "Boxing Day 2014"), ["2014-12-26"]);
    assert_eq!(values("Eid al-Fitr 2018", lenient()), ["2018-06-15"]);
    assert_eq!(Region::from_code("en-gb"), Some(Region::Gb));
    assert_eq!(Region::from_code("UK"), Some(Region::Gb));
    assert_eq!(Region::from_code("XX"), None);
}

#[test]
fn days_inside_a_month() {
    let d = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    let v = |t: &str| times_in(t, d, TimeOptions::default()).into_iter().map(|x| x.value).collect::<Vec<_>>();
    assert_eq!(v("the third Tuesday of September 2014"), ["2014-09-16"]);
    assert_eq!(v("the last Sunday of March 2014"), ["2014-03-30"]);
    assert_eq!(v("the last day of October 2015"), ["2015-10-31"]);
    assert_eq!(v("the first Monday of this month"), ["2013-02-04"]);
    assert_eq!(v("the 20th of next month"), ["2013-03-20"]);
    assert_eq!(v("Monday of next week"), ["2013-02-18"]);
    assert_eq!(v("on Tuesday the 19th"), ["2013-02-19"]);
    assert_eq!(v("on Friday 1st"), ["2013-02-01"]);
}

#[test]
fn clock_times() {
    let l = lenient();
    assert_eq!(values("at a quarter past three p.m.", l), ["2013-02-12T15:15"]);
    assert_eq!(values("at half past noon", l), ["2013-02-12T12:30"]);
    assert_eq!(values("20 minutes to 2pm tomorrow", l), ["2013-02-13T13:40"]);
    assert_eq!(values("at 15h30", l), ["2013-02-12T15:30"]);
    assert_eq!(values("at 3:15p", l), ["2013-02-12T15:15"]);
    assert_eq!(values("ten thirty am", l), ["2013-02-12T10:30"]);
    assert_eq!(values("at 8 in the evening", l), ["2013-02-12T20:00"]);
    assert_eq!(values("tonight at 8", l), ["2013-02-12T20:00"]);
    assert_eq!(values("at 5 tomorrow afternoon", l), ["2013-02-13T17:00"]);
    assert_eq!(values("at 1030 GMT", TimeOptions::default()), ["2013-02-12T10:30"]);
    assert_eq!(values("in half an hour", l), ["2013-02-12T05:00"]);
    assert!(values("at 650-650-6500", l).is_empty());
    // "5 to 7" is a range, not 6:55.
    assert!(!values("from 5 to 7 p.m.", l).contains(&"2013-02-12T18:55".to_string()));
}

#[test]
fn beginnings_ends_and_vague_refs() {
    let d = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap();
    let v = |t: &str| {
        times_in(t, d, TimeOptions::default())
            .into_iter()
            .map(|x| format!("{}{}", x.value, x.modifier.map(|m| format!("[{m}]")).unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    assert_eq!(v("by the end of the month"), ["2013-02[END]"]);
    assert_eq!(v("beginning of next week"), ["2013-W08[START]"]);
    assert_eq!(v("in the near future"), ["FUTURE_REF"]);
    assert_eq!(v("prices these days"), ["PRESENT_REF"]);
    assert_eq!(v("in the last twenty four hours"), ["P1D"]);
    assert!(v("Now, the plan is dead.").is_empty());
    assert_eq!(v("It is over now."), ["PRESENT_REF"]);
    assert_eq!(v("They will meet this summer."), ["2013-SU"]);
}

fn spans(text: &str, opts: TimeOptions) -> Vec<(String, String)> {
    let now = NaiveDate::from_ymd_opt(2013, 2, 12).unwrap().and_hms_opt(4, 30, 0).unwrap();
    times_in_at(text, now, opts).into_iter().map(|t| (text[t.span.range()].to_string(), t.value)).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn lenient_standalone_forms() {
    assert_eq!(spans("in the afternoon", lenient()), pairs(&[("afternoon", "2013-02-12TAF")]));
    assert_eq!(spans("twelve oh three", lenient()), pairs(&[("twelve oh three", "2013-02-12T12:03")]));
    assert_eq!(spans("ten-thirty pm", lenient()), pairs(&[("ten-thirty pm", "2013-02-12T22:30")]));
    // A day of the month alone: the nearest one in the clause's direction.
    let future = TimeOptions::builder().lenient(true).direction(Some(dateline_time::Direction::Future)).build();
    let past = TimeOptions::builder().lenient(true).direction(Some(dateline_time::Direction::Past)).build();
    assert_eq!(spans("on the 1st", future), pairs(&[("the 1st", "2013-03-01")]));
    assert_eq!(spans("on the 15th", past), pairs(&[("the 15th", "2013-01-15")]));
    // Not inside "the first week of October".
    assert!(!values("the first week of october 2014", lenient()).contains(&"2013-02-01".to_string()));
    // News mode reads none of these alone.
    assert!(values("the 24th man scored in the afternoon", TimeOptions::default()).is_empty());
}

#[test]
fn days_joined_with_times_and_offsets() {
    let gb = TimeOptions::builder().lenient(true).day_first(true).build();
    assert_eq!(spans("25/4 at 4:00pm", gb), pairs(&[("25/4 at 4:00pm", "2013-04-25T16:00")]));
    assert_eq!(spans("in 7 days at 5pm", lenient()), pairs(&[("7 days at 5pm", "2013-02-19T17:00")]));
    assert_eq!(spans("thanksgiving in 9 months", lenient()), pairs(&[("thanksgiving in 9 months", "2013-11-28")]));
    assert_eq!(spans("orthodox easter 2018", lenient()), pairs(&[("orthodox easter 2018", "2018-04-08")]));
    assert_eq!(spans("Saskatchewan Day 2014", lenient()), pairs(&[("Saskatchewan Day 2014", "2014-08-04")]));
}

#[test]
fn ranges_give_both_ends() {
    assert_eq!(
        spans("from the 13th to the 15th of July 2014", lenient()),
        pairs(&[("the 13th", "2014-07-13"), ("the 15th of July 2014", "2014-07-15")])
    );
    assert_eq!(spans("July 13 to 15, 2013", lenient()).len(), 2);
    let news = TimeOptions::default();
    assert_eq!(
        spans("Talks ran from 13 to 15 July 2014 in Geneva.", news),
        pairs(&[("13", "2014-07-13"), ("15 July 2014", "2014-07-15")])
    );
    assert_eq!(spans("3-4pm", lenient()), pairs(&[("3", "2013-02-12T15:00"), ("4pm", "2013-02-12T16:00")]));
    assert_eq!(spans("11-1pm", lenient()), pairs(&[("11", "2013-02-12T11:00"), ("1pm", "2013-02-12T13:00")]));
    let v = values("9:30 - 11:00 on Thursday", lenient());
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].get(..10), v[1].get(..10), "{v:?}");
}

#[test]
fn weekdays_counted_and_in_named_weeks() {
    // 2013-02-12 is a Tuesday.
    assert_eq!(spans("3 fridays from now", lenient()), pairs(&[("3 fridays from now", "2013-03-01")]));
    assert_eq!(spans("two Thursdays ago", lenient()), pairs(&[("two Thursdays ago", "2013-01-31")]));
    assert_eq!(spans("Wednesday next week", lenient()), pairs(&[("Wednesday next week", "2013-02-20")]));
    assert_eq!(spans("last week's Sunday", lenient()), pairs(&[("last week's Sunday", "2013-02-10")]));
    assert_eq!(spans("Friday after next", lenient()), pairs(&[("Friday after next", "2013-02-22")]));
    assert_eq!(spans("February the 15th, 2014", lenient()), pairs(&[("February the 15th, 2014", "2014-02-15")]));
    // Plural weekdays alone are no date.
    assert!(values("Markets close early on Fridays.", TimeOptions::default()).is_empty());
}

#[test]
fn adjectival_durations_leave_the_article_out() {
    let news = TimeOptions::default();
    assert_eq!(spans("Sales rose over the 30-day period.", news), pairs(&[("30-day", "P30D")]));
    assert_eq!(spans("Sales rose over the past 30 days.", news), pairs(&[("the past 30 days", "P30D")]));
}

#[test]
fn nth_full_week_of_a_month_or_year() {
    let news = TimeOptions::default();
    // October 2014 starts on a Wednesday: its first full week is W41.
    assert_eq!(
        spans("Talks resume in the first week of October 2014.", news),
        pairs(&[("the first week of October 2014", "2014-W41")])
    );
    assert_eq!(
        spans("the second last week of October 2018", news),
        pairs(&[("the second last week of October 2018", "2018-W42")])
    );
    // Without a year the week stays "last week".
    assert_eq!(values("They met last week.", news), ["2013-W06"]);
    // A month without a year resolves like a bare month, by the clause:
    // December 2013 starts on a Sunday (first full week W49); the last
    // full week of January 2013 starts on the 21st (W04).
    assert_eq!(
        spans("The budget will be presented in the first week of December.", news),
        pairs(&[("the first week of December", "2013-W49")])
    );
    assert_eq!(
        spans("Sales fell in the last week of January.", news),
        pairs(&[("the last week of January", "2013-W04")])
    );
}

#[test]
fn a_weekday_picks_the_year_of_a_date_without_one() {
    // July 18 is a Friday in 2014 (and 2008): the nearer one.
    assert_eq!(values("Fri, Jul 18", lenient()), ["2014-07-18"]);
    assert_eq!(values("the ides of March 2015", lenient()), ["2015-03-15"]);
}

#[test]
fn upcoming_counted_units_and_short_meridiems() {
    // "2 upcoming weeks": the second week ahead, not a length.
    assert_eq!(values("2 upcoming weeks", lenient()), ["2013-W09"]);
    assert_eq!(values("two upcoming day", lenient()), ["2013-02-14"]);
    assert_eq!(values("2 upcoming quarters", lenient()), ["2013-Q3"]);
    // "upcoming two weeks" stays a length.
    assert_eq!(values("upcoming two weeks", lenient()), ["P2W"]);
    // Meridiems in two tokens or one letter (lenient only).
    assert_eq!(values("3:30 p m", lenient()), ["2013-02-12T15:30"]);
    assert_eq!(values("four twenty-three a m", lenient()), ["2013-02-12T04:23"]);
    assert_eq!(values("at 7p", lenient()), ["2013-02-12T19:00"]);
    assert!(values("Article 7a", TimeOptions::default()).is_empty());
}

#[test]
fn news_year_forms() {
    let d = NaiveDate::from_ymd_opt(1989, 11, 2).unwrap();
    let vals = |text: &str| -> Vec<(String, String)> {
        times_in(text, d, TimeOptions::default())
            .into_iter()
            .map(|t| (text[t.span.range()].to_string(), t.value))
            .collect()
    };
    // Ages are not durations, nor decades of a life; fractions are no
    // quarters; lodgings are no quarters.
    assert!(vals("Mr. Reupke, 52 years old, resigned.").is_empty());
    assert!(vals("when Kopp was in his 30s").is_empty());
    assert!(vals("accounting for more than a quarter of the market").is_empty());
    assert!(vals("attempts to inspect such quarters").is_empty());
    assert_eq!(vals("after several quarters of losses"), [("several quarters".into(), "PXQ".into())]);
    assert_eq!(vals("It doesn't bode well for coming quarters."), [("coming quarters".into(), "FUTURE_REF".into())]);
    // "the year" is the article's year; a year-long period before "ended".
    assert_eq!(vals("Sales for the full year rose."), [("the full year".into(), "1989".into())]);
    assert_eq!(
        vals("Net rose in the year ended March 31."),
        [("the year".into(), "P1Y".into()), ("March 31".into(), "1989-03-31".into())]
    );
    assert_eq!(vals("He plans to retire by the year 2000."), [("the year 2000".into(), "2000".into())]);
    // Quarters and periods named with their year or fiscal year.
    assert_eq!(vals("in the 1988 period"), [("the 1988 period".into(), "1988".into())]);
    assert_eq!(vals("in the fiscal first quarter"), [("the fiscal first quarter".into(), "1989-Q1".into())]);
    assert_eq!(
        vals("Sales for this year's third quarter rose"),
        [("this year's third quarter".into(), "1989-Q3".into())]
    );
    assert_eq!(vals("from the 1988 quarter"), [("the 1988 quarter".into(), "1988-Q3".into())]);
    // "a year-earlier loss": the adjective, without the article.
    assert_eq!(vals("compared with a year-earlier loss"), [("year-earlier".into(), "1988".into())]);
    assert_eq!(vals("The year-earlier results were restated."), [("year-earlier".into(), "1988".into())]);
}

#[test]
fn clock_ranges_parts_of_days_and_eras() {
    // The end's p.m. is the start's too.
    assert_eq!(values("3:30-6 p.m.", lenient()), ["2013-02-12T15:30", "2013-02-12T18:00"]);
    // Lenient: a part of a named day.
    assert_eq!(values("morning of christmas 2013", lenient()), ["2013-12-25TMO"]);
    // News mode keeps the date alone ("the night of *Oct. 23*").
    let news = TimeOptions::default();
    assert_eq!(values("on the night of Oct. 23, 2012", news), ["2012-10-23"]);
    // The last weekend of a month: the weekend of its last Saturday.
    assert_eq!(values("the last weekend of October 2017", lenient()), ["2017-W43-WE"]);
    // An era marker makes a year.
    assert_eq!(values("in 14 A.D.", news), ["0014"]);
    assert_eq!(values("in 2014 AD", news), ["2014"]);
    // A weekday with its date after a clock time.
    assert_eq!(values("at 7:30 PM on Fri, Sep 20", lenient()), ["2013-09-20T19:30"]);
    assert_eq!(values("at the moment", lenient()), ["PRESENT_REF"]);
}

#[test]
fn offsets_from_named_days_and_more_holidays() {
    let news = TimeOptions::default();
    assert_eq!(values("three days after Easter 2013", news), ["2013-04-03"]);
    assert_eq!(values("a week before Christmas 2012", news), ["2012-12-18"]);
    assert_eq!(values("the fifth last day of May 2013", news), ["2013-05-27"]);
    assert_eq!(values("on the third day of October 2013", news), ["2013-10-03"]);
    assert_eq!(values("this week-end", lenient()), ["2013-W07-WE"]);
    // Islamic days: the last Friday of Ramadan, 27 Rajab, 13 Rajab.
    assert_eq!(values("Jumu'atul-Wida 2018", lenient()), ["2018-06-08"]);
    assert_eq!(values("the night journey 2019", lenient()), ["2019-04-03"]);
    assert_eq!(values("Hazarat Ali's Birthday 2018", lenient()), ["2018-03-30"]);
    // Days counted from other holidays.
    assert_eq!(values("national grandparents day 2019", lenient()), ["2019-09-08"]);
    assert_eq!(values("Military Spouse day 2018", lenient()), ["2018-05-11"]);
    let za = TimeOptions::builder().lenient(true).region(Region::from_code("EN_ZA")).build();
    assert_eq!(values("heroes' day 2013", za), ["2013-10-10"]);
    let india = TimeOptions::builder().lenient(true).region(Region::from_code("EN_IN")).build();
    assert_eq!(values("independence day 2013", india), ["2013-08-15"]);
}

#[test]
fn hindu_calendar_days_by_sun_and_moon() {
    // Sankranti: the Sun entering sidereal Capricorn or Aries, in India.
    assert_eq!(values("makar sankranti 2019", lenient()), ["2019-01-15"]);
    assert_eq!(values("pongal 2018", lenient()), ["2018-01-14"]);
    assert_eq!(values("Vaisakhi 2018", lenient()), ["2018-04-14"]);
    // The new moon with the Sun in Libra (Diwali) and the days around it.
    assert_eq!(values("diwali 2018", lenient()), ["2018-11-07"]);
    assert_eq!(values("diwali 2020", lenient()), ["2020-11-14"]);
    assert_eq!(values("dhanteras 2019", lenient()), ["2019-10-25"]);
    // Phalguna's full moon (Holi) and Chaitra's new moon (Ugadi).
    assert_eq!(values("holi 2020", lenient()), ["2020-03-10"]);
    assert_eq!(values("holika dahan 2019", lenient()), ["2019-03-20"]);
    assert_eq!(values("ugadi 2019", lenient()), ["2019-04-06"]);
    // Full moon days kept by their sunrise; a drifting 365-day calendar.
    assert_eq!(values("raksha bandhan 2019", lenient()), ["2019-08-15"]);
    assert_eq!(values("guru ravidas jayanti 2019", lenient()), ["2019-02-19"]);
    assert_eq!(values("valmiki jayanti 2018", lenient()), ["2018-10-24"]);
    assert_eq!(values("parsi new year 2022", lenient()), ["2022-08-16"]);
    // Vaisakha's full moon, as Sri Lanka keeps Vesak.
    assert_eq!(values("Buddha Purnima 2014", lenient()), ["2014-05-14"]);
    assert_eq!(values("vesak 2019", lenient()), ["2019-05-18"]);
}

#[test]
fn holidays_of_several_days_lunar_days_and_picks() {
    let news = TimeOptions::default();
    // A holiday of several days: a duration anchored at its first day.
    let d = NaiveDate::from_ymd_opt(2018, 9, 1).unwrap();
    let t = times_in("Talks will resume after Ramadan 2018 and before Rosh Hashanah.", d, news);
    let got: Vec<_> = t.iter().map(|t| (t.value.as_str(), t.anchor.as_deref())).collect();
    assert_eq!(got, [("P30D", Some("2018-05-16")), ("P2D", Some("2018-09-10"))]);
    // "lent" the verb is no holiday.
    assert!(values("the bank lent money", news).is_empty());
    // Lunar days (tithis) and picks by distance or count.
    assert_eq!(values("Ganesh Chaturthi 2023", lenient()), ["2023-09-19"]);
    assert_eq!(values("the second closest xmas to today", lenient()), ["2013-12-25"]);
    assert_eq!(values("the third Tuesday after Christmas 2014", news), ["2015-01-13"]);
    // Seconds, year-quarter tokens, spoken years in year slots.
    assert_eq!(values("at 15:23:24", lenient()), ["2013-02-12T15:23:24"]);
    assert_eq!(values("results for 2018Q4", news), ["2018-Q4"]);
    assert_eq!(values("by the year two thousand", news), ["2000"]);
    assert!(values("In May two thousand troops left", news).iter().all(|v| v != "2000-05"));
}

#[test]
fn year_end_and_that_year() {
    let news = TimeOptions::default();
    let d = NaiveDate::from_ymd_opt(1989, 10, 30).unwrap();
    let v = |s: &str| times_in(s, d, news).into_iter().map(|t| t.value).collect::<Vec<_>>();
    assert_eq!(v("The deal should close by year-end."), ["1989"]);
    assert_eq!(v("Imports rose in 1988, and exports fell that year."), ["1988", "1988"]);
    // "year-end results" is an adjective, no time.
    assert!(v("It reported year-end results.").is_empty());
}

#[test]
fn holidays_of_several_days_inside_other_forms_count_from_their_first_day() {
    assert_eq!(values("three days after Passover 2018", lenient()), ["2018-04-03"]);
    assert_eq!(values("Ramadan 2018 at 5pm", lenient()), ["2018-05-16T17:00"]);
}

#[test]
fn fractions_of_units() {
    let news = TimeOptions::default();
    assert_eq!(values("camps for 2 1/2 years", news), ["P2Y6M"]);
    assert_eq!(values("for an hour and a half", news), ["PT1H30M"]);
    assert_eq!(values("one and a half days", news), ["P1DT12H"]);
    assert_eq!(values("half an hour", news), ["PT30M"]);
    assert_eq!(values("for two fortnights", news), ["P4W"]);
    assert_eq!(values("a fortnight ago", news), ["2013-W05"]);
    // "at least" is in the span, as a modifier (EQUAL_OR_MORE).
    assert_eq!(values("for at least two more weeks", news), ["P2W[EQUAL_OR_MORE]"]);
}

#[test]
fn last_month_day_and_marches() {
    let news = TimeOptions::default();
    let d = NaiveDate::from_ymd_opt(1999, 4, 19).unwrap();
    let v = |s: &str| times_in(s, d, news).into_iter().map(|t| t.value).collect::<Vec<_>>();
    assert_eq!(v("He was shot last Oct. 23 at his home."), ["1998-10-23"]);
    assert!(v("Protesters joined the annual March for Life.").is_empty());
    assert!(v("She led the March of the Combatant Mothers.").is_empty());
    assert_eq!(v("It ends in March."), ["1999-03"]);
    assert_eq!(v("The summit is on April 24 and 25."), ["1999-04-24", "1999-04-25"]);
    assert_eq!(v("On April 24 and 25 people marched."), ["1999-04-24"]);
}

#[test]
fn clock_arithmetic_eras_and_more_names() {
    let news = TimeOptions::default;
    // Minutes to/after a fixed hour; "half three" is half past three.
    assert_eq!(values("15 to noon", lenient()), ["2013-02-12T11:45"]);
    assert_eq!(values("twenty after 3pm", lenient()), ["2013-02-12T15:20"]);
    assert_eq!(values("at half three", news()), ["2013-02-12T03:30"]);
    assert_eq!(values("3 in the AM", lenient()), ["2013-02-12T03:00"]);
    assert_eq!(values("mid day", lenient()), ["2013-02-12T12:00"]);
    assert_eq!(values("15 minutes from 1pm", lenient()), ["2013-02-12T13:15"]);
    assert_eq!(values("an hour before noon", lenient()), ["2013-02-12T11:00"]);
    // A count is no clock time, nor a bare number before an hour alone.
    assert!(values("prices rose at 17 to 18 pct", news()).is_empty());
    assert!(values("cut by half three times", news()).is_empty());
    // Ranges of clock times.
    assert_eq!(values("around 3-4pm", lenient()), ["2013-02-12T15:00[APPROX]", "2013-02-12T16:00"]);
    assert_eq!(values("from 3 to 4 in the PM", lenient()), ["2013-02-12T15:00", "2013-02-12T16:00"]);
    // Dates with the month's name between separators; the month after next.
    assert_eq!(values("31-Oct-74", lenient()), ["1974-10-31"]);
    assert_eq!(values("31/Oct/1974", lenient()), ["1974-10-31"]);
    assert_eq!(values("March after next", lenient()), ["2014-03"]);
    // Years before the common era, not British Columbia.
    assert_eq!(values("in 2014 B.C.", news()), ["BC2014"]);
    assert_eq!(values("founded in 500 BCE.", news()), ["BC0500"]);
    assert_eq!(values("the 2017 B.C. election", news()), ["2017"]);
    assert_eq!(values("In 2014 BC Hydro raised rates", news()), ["2014"]);
    // Holidays by other names; Onam by Thiruvonam in Chingam.
    assert_eq!(values("Thursday of Mysteries 2014", lenient()), ["2014-04-17"]);
    assert_eq!(values("Covenant Thursday 2013", lenient()), ["2013-03-28"]);
    assert_eq!(values("Monday of the Holy Spirit 2013", lenient()), ["2013-05-20"]);
    for (y, d) in
        [(2015, "2015-08-28"), (2018, "2018-08-24"), (2019, "2019-09-11"), (2023, "2023-08-29"), (2024, "2024-09-15")]
    {
        assert_eq!(values(&format!("Onam {y}"), lenient()), [d]);
    }
}

#[test]
fn decimal_durations() {
    let news = TimeOptions::default;
    assert_eq!(values("the train leaves in 2.5 hours", news()), ["PT2H30M"]);
    assert_eq!(values("the flight took 1.5 hours", news()), ["PT1H30M"]);
    assert_eq!(values("a 1.5 year extension", news()), ["P1Y6M"]);
    // Money, percentages and version numbers are no durations.
    assert!(values("prices rose 2.5 pct", news()).is_empty());
    assert!(values("a $2.5 million deal", news()).is_empty());
    assert!(values("version 2.5 of the software", news()).is_empty());
}

#[test]
fn compact_hour_counts() {
    let news = TimeOptions::default;
    // An hour count written with the clock's "h" after "in"/"for", or before "ago".
    assert_eq!(values("the vote is in 1h", news()), ["PT1H"]);
    assert_eq!(values("talks ran for 3h", news()), ["PT3H"]);
    assert_eq!(values("it ended 2h ago", news()), ["2013-02-12T02:30"]);
    // Alone, "15h" is a 24-hour clock time.
    assert_eq!(values("at 15h", lenient()), ["2013-02-12T15:00"]);
}

#[test]
fn the_new_year_holiday() {
    let news = TimeOptions::default();
    assert_eq!(spans("Talks will resume after the New Year holiday.", news), pairs(&[("the New Year", "2014-01-01")]));
    assert_eq!(spans("Shops closed over New Year's.", news), pairs(&[("New Year's", "2013-01-01")]));
    // Lower case: a year that is new, no holiday.
    assert!(spans("The company expects a better new year.", news).is_empty());
}
