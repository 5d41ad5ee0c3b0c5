//! News forms read with TimeBank's conventions: the periods of earnings
//! reports. Each case is a made-up sentence.

use chrono::NaiveDate;
use dateline_time::{times_in, TimeOptions};

/// (text, value) of every expression found in `text` against `dct`.
fn found(text: &str, dct: &str) -> Vec<(String, String)> {
    let d = NaiveDate::parse_from_str(dct, "%Y-%m-%d").unwrap();
    times_in(text, d, TimeOptions::default()).into_iter().map(|t| (text[t.span.range()].to_string(), t.value)).collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn a_year_earlier_compares_the_period_named_before_it() {
    // A quarter named long before: the same quarter a year before.
    let text = "Acme Corp. said its third-quarter net income rose sharply, helped by strong demand for \
                its pumps in Asia and Europe and by lower costs at two plants that it reopened after \
                a long strike by its workers, to $12 million, or 40 cents a share, from $9 million, \
                or 30 cents a share, a year earlier.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("third-quarter", "2011-Q3"), ("a year earlier", "2010-Q3")]));
    // Nine months named after the quarter: the year before.
    let text = "Acme's third-quarter profit rose. For the nine months, profit was $30 million, up from \
                $25 million a year earlier.";
    assert_eq!(
        found(text, "2011-10-20"),
        pairs(&[("third-quarter", "2011-Q3"), ("the nine months", "P9M"), ("a year earlier", "2010")])
    );
    // No period at all: the year before.
    assert_eq!(found("Prices were higher a year earlier.", "2011-10-20"), pairs(&[("a year earlier", "2010")]));
}

#[test]
fn a_year_earlier_follows_the_reported_quarter() {
    // A fiscal quarter that ended before the DCT is the one compared.
    let text = "Acme earned $2 million for the fiscal first quarter ended Sept. 30, up from $1 million a year ago.";
    let got = found(text, "2011-10-20");
    assert_eq!(got.first().map(|x| x.1.as_str()), Some("2011-Q1"));
    assert_eq!(got.last(), Some(&("a year ago".to_string(), "2010-Q1".to_string())));
    // With no completed quarter named, the quarter under way.
    let text = "Acme expects its first-quarter net to fall from 49 cents a share a year ago.";
    assert_eq!(found(text, "2011-03-20").last(), Some(&("a year ago".to_string(), "2010-Q1".to_string())));
    // A quarter still to come is not the one compared.
    let text = "Acme expects a loss in the fourth quarter; its third-quarter profit fell from a year earlier.";
    let got = found(text, "2011-10-20");
    assert_eq!(got.last(), Some(&("a year earlier".to_string(), "2010-Q3".to_string())));
}

#[test]
fn the_year_ago_quarter_is_one_expression() {
    assert_eq!(
        found("In the year-ago third quarter, Acme lost $3 million.", "2011-10-20"),
        pairs(&[("the year-ago third quarter", "2010-Q3")])
    );
    assert_eq!(
        found("Net for the year-earlier nine months included a gain.", "2011-10-20"),
        pairs(&[("the year-earlier nine months", "P9M")])
    );
    assert_eq!(
        found("In the year-earlier second quarter, Acme lost $3 million.", "2011-10-20"),
        pairs(&[("the year-earlier second quarter", "2010-Q2")])
    );
    assert_eq!(
        found(
            "Acme lost $4 million in the quarter. For the quarter a year earlier, it earned $1 million.",
            "2011-10-20"
        ),
        pairs(&[("the quarter", "2011-Q3"), ("the quarter a year earlier", "2010-Q3")])
    );
}

#[test]
fn current_before_a_noun_is_the_present() {
    let got = |t: &str| found(t, "2011-10-20");
    assert_eq!(got("Its current chairman will retire."), pairs(&[("current", "PRESENT_REF")]));
    assert_eq!(got("Prices fell because of current market conditions."), pairs(&[("current", "PRESENT_REF")]));
    assert_eq!(got("Holders may buy shares at the then current price."), pairs(&[("then current", "PAST_REF")]));
    // The accounting sense and the noun are no times.
    assert!(got("The current account deficit widened.").is_empty());
    assert!(got("Its current assets exceed its debts.").is_empty());
    assert!(got("The current of the river is strong.").is_empty());
    assert!(got("The carmaker's current profit rose 4 pct.").is_empty());
    // "current" alone takes no "start of".
    assert_eq!(got("Exports since the start of current seasons rose."), pairs(&[("current", "PRESENT_REF")]));
    // "the current year" stays a year.
    assert_eq!(got("Sales in the current year will rise."), pairs(&[("the current year", "2011")]));
}

#[test]
fn early_late_and_mid_with_the_article() {
    let got = |t: &str| found(t, "2011-10-20");
    assert_eq!(got("Orders rose from the low levels of the early summer."), pairs(&[("the early summer", "2011-SU")]));
    assert_eq!(got("Output peaked in late spring."), pairs(&[("late spring", "2011-SP")]));
    assert_eq!(got("Its shares peaked in the early 1980s."), pairs(&[("the early 1980s", "198")]));
    // "the late" before a person is no time.
    assert!(got("The late senator spoke often.").is_empty());
}

#[test]
fn the_quarter_is_the_reported_quarter() {
    let got = |t: &str| found(t, "2011-10-20");
    // The fiscal quarter reported is the one "the quarter" and "the 2010
    // period" refer to.
    let text = "Acme lost $2 million in the fiscal first quarter ended Sept. 30. Sales for the quarter \
                fell 5%. In the 2010 period, it earned $1 million.";
    assert_eq!(
        got(text),
        pairs(&[
            ("the fiscal first quarter", "2011-Q1"),
            ("Sept. 30", "2011-09-30"),
            ("the quarter", "2011-Q1"),
            ("the 2010 period", "2010-Q1"),
        ])
    );
    // Without a quarter named: the last completed one.
    assert_eq!(got("Sales for the quarter fell 5%."), pairs(&[("the quarter", "2011-Q3")]));
    // "the 2010 period" without quarters: that year.
    assert_eq!(got("In the 2010 period, it earned $1 million."), pairs(&[("the 2010 period", "2010")]));
    // The same quarter a year before.
    let text = "Third-quarter sales rose to $9 million from $8 million for the corresponding period last year.";
    assert_eq!(got(text).last().map(|x| x.0.as_str()), Some("the corresponding period last year"));
    assert_eq!(got(text).last().map(|x| x.1.as_str()), Some("2010-Q3"));
    let text = "Third-quarter sales fell; sales for last year's quarter were $3 million.";
    assert_eq!(got(text).last(), Some(&("last year's quarter".to_string(), "2010-Q3".to_string())));
}

#[test]
fn halves_and_trading_days() {
    let got = |t: &str| found(t, "2011-10-20");
    assert_eq!(got("Profit will fall in the last half of 2011."), pairs(&[("the last half of 2011", "2011-H2")]));
    // Not a half-year: of a decade, or of an hour.
    assert_eq!(got("Sales were flat in the last half of the 1990s."), pairs(&[("the 1990s", "199")]));
    assert!(got("The first half hour was calm.").is_empty());
    // Of a fiscal year: still a half.
    assert_eq!(
        got("Sales will recover in the second half of the current fiscal year."),
        pairs(&[("the second half", "2011-H2"), ("the current fiscal year", "2011")])
    );
    // Trading days count as days, with no offset (they skip weekends).
    assert_eq!(
        got("Eight trading days after Oct. 12, the index was lower."),
        pairs(&[("Eight trading days", "P8D"), ("Oct. 12", "2011-10-12")])
    );
}

#[test]
fn quoted_titles_are_no_times() {
    let got = |t: &str| found(t, "2011-10-20");
    assert!(got("He spoke on ABC's \"This Week With David Brinkley\" about the talks.").is_empty());
    assert!(got("She told CBS's ''60 Minutes.'' that she would stay.").is_empty());
    // A quoted remark keeps its times.
    assert_eq!(got("\"We will meet next week,\" he said."), pairs(&[("next week", "2011-W43")]));
    assert_eq!(got("He said: \"Tomorrow.\""), pairs(&[("Tomorrow", "2011-10-21")]));
    // Short remarks of capitalised words are no titles: they end in a comma
    // or are followed by their speaker, with no title cue near them.
    assert_eq!(got("\"In January,\" the spokesman said."), pairs(&[("January", "2012-01")]));
    assert_eq!(got("\"Next Monday,\" he said."), pairs(&[("Next Monday", "2011-10-24")]));
    assert_eq!(got("\"Next Monday\" was his answer."), pairs(&[("Next Monday", "2011-10-24")]));
    // Nor is a quote in a title-case headline.
    assert_eq!(got("Minister Says \"We Will Leave By 2013\""), pairs(&[("2013", "2013")]));
    // After a possessive a title may end in a comma, its speaker after it.
    assert!(got("Speaking on NBC News' \"This Week,\" said the senator.").is_empty());
    // A title cue other than a possessive: the film "High Noon".
    assert!(got("He watched the film \"Next Monday\" again.").is_empty());
}

#[test]
fn mid_parts_of_the_day_and_each_month() {
    let got = |t: &str| found(t, "2011-10-20");
    assert_eq!(got("By mid afternoon the fighting had stopped."), pairs(&[("mid afternoon", "2011-10-20TAF")]));
    assert_eq!(got("At mid-morning yesterday, shares fell."), pairs(&[("mid-morning yesterday", "2011-10-19TMO")]));
    assert_eq!(got("The parade passes the church each June."), pairs(&[("each June", "XXXX-06")]));
    // "each may" is a verb.
    assert!(got("Each may choose a seat.").is_empty());
    // With no day named, the last day mentioned, as for "the same day".
    assert_eq!(
        got("Talks ended on Oct. 12. By mid-afternoon the crowd had left."),
        pairs(&[("Oct. 12", "2011-10-12"), ("mid-afternoon", "2011-10-12TAF")])
    );
}

#[test]
fn a_fall_after_early_or_late_is_mostly_a_drop() {
    let got = |t: &str| found(t, "2011-10-20");
    assert!(got("Dealers blamed a late fall on the share market.").is_empty());
    assert!(got("Analysts expected an early fall in interest rates.").is_empty());
    assert!(got("Analysts forecast the early fall in interest rates.").is_empty());
    // The season: after a preposition, or "the late fall" with no object.
    assert_eq!(got("The plant opens in late fall."), pairs(&[("late fall", "2011-FA")]));
    assert_eq!(got("The plant opened in the late fall."), pairs(&[("the late fall", "2011-FA")]));
}

#[test]
fn the_fall_with_a_phrase_after_it_is_a_drop() {
    let got = |t: &str| found(t, "2011-10-20");
    assert!(got("Gains in steel made up for the fall in prices.").is_empty());
    assert!(got("Traders worried about the fall of the peso.").is_empty());
    // A month after it stays a time of its own, the drop no season.
    assert_eq!(got("Output made up for the fall in January."), pairs(&[("January", "2011-01")]));
    // After a preposition of time, and with nothing after it, the season.
    assert_eq!(got("The plant opens in the fall."), pairs(&[("the fall", "2011-FA")]));
    assert_eq!(got("The plant will reopen the fall."), pairs(&[("the fall", "2011-FA")]));
}

#[test]
fn current_in_its_finance_sense_is_no_time() {
    let got = |t: &str| found(t, "2011-10-20");
    assert_eq!(got("It had a 2010 current balance of payments surplus."), pairs(&[("2010", "2010")]));
    assert!(got("Current expenditure rose five pct in current dollars.").is_empty());
    assert!(got("The current yield of the bond is eight pct.").is_empty());
    // The adjective of time stays.
    assert_eq!(got("The current talks are stalled."), pairs(&[("current", "PRESENT_REF")]));
}

#[test]
fn a_half_is_only_of_a_year() {
    let got = |t: &str| found(t, "2011-10-20");
    assert!(got("Prices rose in the last half of the decade.").is_empty());
    assert!(got("Trading slowed in the last half of the session.").is_empty());
    assert_eq!(got("Sales rose in the last half of June."), pairs(&[("June", "2011-06")]));
    assert_eq!(got("Sales rose in the last half of 2009."), pairs(&[("the last half of 2009", "2009-H2")]));
    assert_eq!(got("Sales rose in the first half of this year."), pairs(&[("the first half of this year", "2011-H1")]));
}

#[test]
fn previous_weekday_and_week_of_a_day() {
    // 2011-10-20 is a Thursday.
    let got = |t: &str| found(t, "2011-10-20");
    assert_eq!(got("Shares fell from the previous Friday."), pairs(&[("the previous Friday", "2011-10-14")]));
    // From the last day mentioned.
    assert_eq!(
        got("On Monday, Oct. 17, shares were above the previous Monday."),
        pairs(&[("Monday, Oct. 17", "2011-10-17"), ("the previous Monday", "2011-10-10")])
    );
    assert_eq!(got("A hearing was held the week of Oct. 3."), pairs(&[("the week of Oct. 3", "2011-W40")]));
}

#[test]
fn at_least_stays_in_the_span() {
    let d = NaiveDate::from_ymd_opt(2011, 10, 20).unwrap();
    let t = times_in("The banks must wait at least 30 days.", d, TimeOptions::default());
    let got: Vec<_> = t.iter().map(|x| (x.value.as_str(), x.modifier.as_deref())).collect();
    assert_eq!(got, [("P30D", Some("EQUAL_OR_MORE"))]);
    assert_eq!(found("The banks must wait at least 30 days.", "2011-10-20"), pairs(&[("at least 30 days", "P30D")]));
}

#[test]
fn a_year_earlier_after_a_month_is_that_month_a_year_before() {
    // Even with a quarter named in an earlier sentence.
    let text = "The bank met in the first quarter. Inflation eased to 3.9% in September from 4.6% a year earlier.";
    assert_eq!(
        found(text, "2025-10-14"),
        pairs(&[("the first quarter", "2025-Q1"), ("September", "2025-09"), ("a year earlier", "2024-09")])
    );
}

#[test]
fn a_quarter_or_half_of_a_relative_year_is_one_expression() {
    let text = "Cuts may start in the first quarter of next year after growth slowed in the second half of last year.";
    assert_eq!(
        found(text, "2025-10-14"),
        pairs(&[("the first quarter of next year", "2026-Q1"), ("the second half of last year", "2024-H2")])
    );
}

#[test]
fn a_year_earlier_takes_no_month_across_a_comma_or_with_a_day() {
    let text = "Exports, which peaked in March, fell 5% from a year earlier.";
    assert_eq!(found(text, "2025-10-14"), pairs(&[("March", "2025-03"), ("a year earlier", "2024")]));
}

/// (text, type, value, mod) of every expression found in `text`.
fn typed(text: &str, dct: &str) -> Vec<(String, String, String, Option<String>)> {
    let d = NaiveDate::parse_from_str(dct, "%Y-%m-%d").unwrap();
    times_in(text, d, TimeOptions::default())
        .into_iter()
        .map(|t| (text[t.span.range()].to_string(), format!("{:?}", t.kind).to_uppercase(), t.value, t.modifier))
        .collect()
}

#[test]
fn a_unit_after_an_amount_is_a_rate() {
    let set = |text: &str| typed(text, "2026-10-14").into_iter().map(|x| (x.0, x.1, x.2)).collect::<Vec<_>>();
    let one = |a: &str, t: &str, v: &str| vec![(a.to_string(), t.to_string(), v.to_string())];
    assert_eq!(set("Retirees live on 200,000 pesos a month."), one("a month", "SET", "P1M"));
    assert_eq!(set("The plan costs $3.2 billion a year."), one("a year", "SET", "P1Y"));
    assert_eq!(set("Rents rose 3% a year."), one("a year", "SET", "P1Y"));
    assert_eq!(set("The airline flies four flights a week."), one("a week", "SET", "P1W"));
    assert_eq!(set("The council meets twice a week."), one("a week", "SET", "P1W"));
    assert_eq!(set("The field pumps 2 million barrels a day."), one("a day", "SET", "P1D"));
    assert_eq!(set("The clinic sees 40 people a day."), one("a day", "SET", "P1D"));
    assert_eq!(set("About 1,000 children a week arrive."), one("a week", "SET", "P1W"));
    // A year is no count.
    assert_eq!(
        set("In 2023 a month of protests toppled the cabinet."),
        vec![
            ("2023".to_string(), "DATE".to_string(), "2023".to_string()),
            ("a month".to_string(), "DURATION".to_string(), "P1M".to_string())
        ]
    );
    // Not after an amount: a length.
    assert_eq!(set("It was the smallest gain in a year."), one("a year", "DURATION", "P1Y"));
    assert_eq!(set("Talks will end within a week."), one("a week", "DURATION", "P1W"));
}

#[test]
fn a_length_after_after_takes_no_modifier() {
    let got =
        typed("The army retook the town after three days of fighting, and has held it since Thursday.", "2026-11-03");
    assert_eq!(got[0], ("three days".to_string(), "DURATION".to_string(), "P3D".to_string(), None));
    assert_eq!(
        got[1],
        ("Thursday".to_string(), "DATE".to_string(), "2026-10-29".to_string(), Some("AFTER".to_string()))
    );
}

#[test]
fn a_month_earlier_after_a_month_is_the_month_before_it() {
    let text = "Inflation slowed to 2.1% in February from 2.8% a month earlier.";
    assert_eq!(found(text, "2026-03-05"), pairs(&[("February", "2026-02"), ("a month earlier", "2026-01")]));
    let text = "Sales rose 2% in November from two months earlier.";
    assert_eq!(found(text, "2026-03-05"), pairs(&[("November", "2025-11"), ("two months earlier", "2025-09")]));
}

#[test]
fn before_or_after_ending_a_clause_is_an_offset() {
    // "a month before." = "a month earlier"; "a week before the vote" is a
    // length before an event.
    let text = "Reserves stood at $151 billion, down from $156 billion a month before.";
    assert_eq!(found(text, "2026-03-05"), pairs(&[("a month before", "2026-02")]));
    let text = "Prices rose 3% from a year before, the agency said.";
    assert_eq!(found(text, "2026-03-05"), pairs(&[("a year before", "2025")]));
    assert_eq!(found("He left a week before the vote.", "2026-03-05"), pairs(&[("a week", "P1W")]));
}

#[test]
fn the_same_period_follows_the_quarter_of_its_sentence() {
    // A later quarter named in an earlier sentence does not win over the
    // one reported in the sentence itself.
    let text = "Inflation data for the third quarter are due on Friday. Acme reported second-quarter profit \
                of $9 million, up 8% from the same period last year.";
    assert_eq!(
        found(text, "2026-11-16").last(),
        Some(&("the same period last year".to_string(), "2025-Q2".to_string()))
    );
    let text = "Acme said third-quarter sales rose. Its second-quarter profit fell from a year earlier.";
    assert_eq!(found(text, "2026-11-16").last(), Some(&("a year earlier".to_string(), "2025-Q2".to_string())));
}

#[test]
fn model_years_and_names_are_no_dates() {
    // A year between a possessive or determiner and a car make is a model
    // year; "called X 2004" is a name.
    let text = "Police found Smith's 1992 Buick Regal near the border. He drives a 2004 Toyota. A startup \
                called Helios 2004, which builds drones, was sold.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[]));
    // Years before a maker's name or after a preposition stay dates.
    let text = "In 2004 Toyota overtook its rivals. The 2006 Ford Foundation report was cited. The 1976 \
                Ford campaign lost.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("2004", "2004"), ("2006", "2006"), ("1976", "1976")]));
}

#[test]
fn a_unit_compared_with_itself_is_no_period() {
    let text = "The quarter-to-quarter gain was small. Sales rose on a year-over-year basis, and \
                month-on-month prices fell. Profit rose in the quarter.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("the quarter", "2011-Q3")]));
}

#[test]
fn today_after_an_acronym_is_a_title() {
    let text = "The figures appeared in USA Today. You are listening to BBC Today. Talks resume today.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("today", "2011-10-20")]));
}

#[test]
fn the_year_before_an_amount_is_the_current_year() {
    let text = "Shares touched a high for the year of $51.25 in May. It was the year of the flood.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("the year", "2011"), ("May", "2011-05")]));
}

#[test]
fn the_day_before_a_named_day_is_one_day_off_it() {
    // 2011-10-20 is a Thursday.
    let text = "The day before last Monday's hearing, lawyers met. The day after Christmas 2010 was quiet.";
    assert_eq!(
        found(text, "2011-10-20"),
        pairs(&[("The day before last Monday", "2011-10-16"), ("The day after Christmas 2010", "2010-12-26")])
    );
}

#[test]
fn soon_is_a_vague_future_outside_past_narrative() {
    let text = "The bank may soon raise rates. The mayor was soon replaced. The trickle soon became a flood. \
                Aid will arrive as soon as roads open. He fell ill soon after the vote.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("soon", "FUTURE_REF")]));
}

/// (text, value, modifier) of every expression found in `text`.
fn found_mod(text: &str, dct: &str) -> Vec<(String, String, Option<String>)> {
    let d = NaiveDate::parse_from_str(dct, "%Y-%m-%d").unwrap();
    times_in(text, d, TimeOptions::default())
        .into_iter()
        .map(|t| (text[t.span.range()].to_string(), t.value, t.modifier.map(|m| m.to_string())))
        .collect()
}

#[test]
fn three_months_of_a_calendar_quarter_are_the_quarter() {
    let got = |t: &str| found(t, "2025-10-22");
    assert_eq!(
        got("Acme said profit rose 12% in the July-September quarter."),
        pairs(&[("the July-September quarter", "2025-Q3")])
    );
    assert_eq!(got("Sales fell 4% in the April-June period."), pairs(&[("the April-June period", "2025-Q2")]));
    assert_eq!(
        got("Analysts expect revenue in the October-December quarter to rise."),
        pairs(&[("the October-December quarter", "2025-Q4")])
    );
    assert_eq!(
        got("Exports grew in the January-March quarter of 2024."),
        pairs(&[("the January-March quarter of 2024", "2024-Q1")])
    );
    // Months that are no calendar quarter stay two months.
    assert_eq!(got("Rain fell in the June-August period."), pairs(&[("June", "2025-06"), ("August", "2025-08")]));
}

#[test]
fn quarter_tokens() {
    let got = |t: &str| found(t, "2025-10-22");
    assert_eq!(got("Acme's Q3 earnings beat forecasts."), pairs(&[("Q3", "2025-Q3")]));
    assert_eq!(got("Acme's 3Q net income fell 5%."), pairs(&[("3Q", "2025-Q3")]));
    assert_eq!(got("Acme lost money in Q2 2024."), pairs(&[("Q2 2024", "2024-Q2")]));
}

#[test]
fn wire_end_of_and_late_on_a_day() {
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        found_mod("The bank expects inflation to reach its target by end-2025.", "2025-10-22"),
        vec![("end-2025".to_string(), "2025".to_string(), some("END"))]
    );
    assert_eq!(
        found_mod("The pipeline should be finished by end-June, the minister said.", "2026-02-10"),
        vec![("end-June".to_string(), "2026-06".to_string(), some("END"))]
    );
    assert_eq!(
        found_mod("The quake struck late on Monday.", "2025-10-22"),
        vec![("late on Monday".to_string(), "2025-10-20".to_string(), some("END"))]
    );
}

#[test]
fn days_and_nights_anchored_to_the_story() {
    let got = |t: &str| found(t, "2025-10-22");
    assert_eq!(
        got("The storm made landfall on Monday. The next morning, rescuers reached the town."),
        pairs(&[("Monday", "2025-10-20"), ("The next morning", "2025-10-21TMO")])
    );
    assert_eq!(
        got("The jury reached its verdict on Oct. 17. The day before, it had asked to rehear testimony."),
        pairs(&[("Oct. 17", "2025-10-17"), ("The day before", "2025-10-16")])
    );
    // An event after it: no day to count from.
    assert_eq!(got("They met the day before the vote."), pairs(&[]));
    assert_eq!(
        got("Russian drones struck Kyiv overnight, officials said on Wednesday."),
        pairs(&[("overnight", "2025-10-21TNI"), ("Wednesday", "2025-10-22")])
    );
    // The adjective is no time.
    assert_eq!(got("Shares fell after overnight losses in New York."), pairs(&[]));
    assert_eq!(got("MPs will vote on the budget Tuesday week."), pairs(&[("Tuesday week", "2025-11-04")]));
    assert_eq!(
        got("The ceasefire will start at 1 p.m. local time on Thursday."),
        pairs(&[("1 p.m. local time on Thursday", "2025-10-23T13:00")])
    );
}

#[test]
fn election_day_is_the_american_one_when_capitalized() {
    assert_eq!(
        found("Voters head to the polls on Election Day.", "2024-10-22"),
        pairs(&[("Election Day", "2024-11-05")])
    );
    assert_eq!(
        found("The campaign will run from now to Election Day.", "1998-10-26"),
        pairs(&[("now", "PRESENT_REF"), ("Election Day", "1998-11-03")])
    );
    // Lower case: any country's.
    assert_eq!(found("Violence marred election day in the city.", "2024-10-22"), pairs(&[]));
}

#[test]
fn the_same_month_a_year_earlier_and_later_this_year() {
    assert_eq!(
        found("In September, retail sales rose 3% from the same month a year earlier.", "2025-10-22"),
        pairs(&[("September", "2025-09"), ("the same month a year earlier", "2024-09")])
    );
    assert_eq!(
        found("The company plans to list its shares later this year.", "2025-10-22"),
        pairs(&[("later this year", "2025")])
    );
    // "later" alone starts nothing; "Two days later" is a length (below).
    assert_eq!(found("Later, talks resumed.", "2025-10-22"), pairs(&[]));
}

/// (text, value, type, anchor) of every expression found in `text`.
fn full(text: &str, dct: &str) -> Vec<(String, String, String, Option<String>)> {
    let d = NaiveDate::parse_from_str(dct, "%Y-%m-%d").unwrap();
    times_in(text, d, TimeOptions::default())
        .into_iter()
        .map(|t| (text[t.span.range()].to_string(), t.value, t.kind.as_str().to_string(), t.anchor))
        .collect()
}

#[test]
fn a_length_later_is_a_duration_anchored_at_the_day_it_reaches() {
    // TimeBank marks the length ("three days" DURATION) and leaves the
    // signal out; the day reached from the last date stays as the anchor.
    let got = full("The strike began on June 3. Two days later, talks resumed.", "2025-10-22");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], ("Two days".into(), "P2D".into(), "DURATION".into(), Some("2025-06-05".into())));
    let got = full("Rebels took the town. A day earlier, troops had left.", "2025-10-22");
    assert_eq!(got, vec![("A day".into(), "P1D".into(), "DURATION".into(), Some("2025-10-21".into()))]);
    let got = full("He was shot on Friday. Just over an hour later, he died.", "2025-10-22");
    assert_eq!(got[1].1, "PT1H", "{got:?}");
    assert_eq!(got[1].3.as_deref(), Some(got[0].1.as_str()), "{got:?}");
    let got = full("The board met. A few days later, the chief resigned.", "2025-10-22");
    assert_eq!(got[0].1, "PXD", "{got:?}");
    // The day reached anchors what follows it.
    let got =
        full("The strike began on June 3. Two days later, talks resumed. The following day they failed.", "2025-10-22");
    assert_eq!(got[2].1, "2025-06-06", "{got:?}");
    // Months and years stay dates.
    assert_eq!(
        found("Sales rose 2% in November from two months earlier.", "2026-03-05"),
        pairs(&[("November", "2025-11"), ("two months earlier", "2025-09")])
    );
}

#[test]
fn the_weekend_of_a_day_and_the_end_of_the_decade() {
    assert_eq!(
        found("The festival will be held the weekend of March 7-8.", "2026-02-10"),
        pairs(&[("the weekend of March 7-8", "2026-W10-WE")])
    );
    assert_eq!(
        found_mod("The plant will be closed by the end of the decade.", "2025-10-22"),
        vec![("the end of the decade".to_string(), "202".to_string(), Some("END".to_string()))]
    );
}

#[test]
fn the_second_half_of_the_year_is_one_expression() {
    assert_eq!(
        found("The company expects demand to recover in the second half of the year.", "2025-10-22"),
        pairs(&[("the second half of the year", "2025-H2")])
    );
    assert_eq!(
        found("In 2019 it grew; later that year it fell.", "2025-10-22"),
        pairs(&[("2019", "2019"), ("later that year", "2019")])
    );
}

#[test]
fn the_verb_last_is_no_part_of_a_duration() {
    let got = |t: &str| found(t, "2025-10-22");
    assert_eq!(got("The trial is expected to last six weeks."), pairs(&[("six weeks", "P6W")]));
    assert_eq!(got("The strike will last 48 hours."), pairs(&[("48 hours", "PT48H")]));
    assert_eq!(got("Prices rose in the last six weeks."), pairs(&[("the last six weeks", "P6W")]));
}

#[test]
fn a_bare_verb_after_a_modal_is_no_past() {
    let got = |t: &str| found(t, "2025-10-22");
    assert_eq!(got("The bank will cut rates in December."), pairs(&[("December", "2025-12")]));
    assert_eq!(got("The Fed is widely expected to cut rates in December."), pairs(&[("December", "2025-12")]));
    assert_eq!(got("The bank cut rates in December."), pairs(&[("December", "2024-12")]));
}

#[test]
fn the_previous_quarter_follows_the_quarter_named() {
    assert_eq!(
        found("Inflation eased in the third quarter from the previous quarter.", "2025-10-22"),
        pairs(&[("the third quarter", "2025-Q3"), ("the previous quarter", "2025-Q2")])
    );
    assert_eq!(
        found("GDP grew 0.3% in the second quarter from the previous quarter.", "2025-08-01"),
        pairs(&[("the second quarter", "2025-Q2"), ("the previous quarter", "2025-Q1")])
    );
}

#[test]
fn a_clock_in_parentheses_shares_the_day_after_it() {
    assert_eq!(
        found("The 7.1-magnitude quake struck at 10:47 p.m. (1347 GMT) on Monday.", "2025-10-22"),
        pairs(&[("10:47 p.m.", "2025-10-20T22:47"), ("1347 GMT", "2025-10-20T13:47"), ("Monday", "2025-10-20")])
    );
    assert_eq!(
        found("The ceasefire will take effect at 1 p.m. local time (1100 GMT) on Thursday.", "2025-10-22"),
        pairs(&[
            ("1 p.m. local time", "2025-10-23T13:00"),
            ("1100 GMT", "2025-10-23T11:00"),
            ("Thursday", "2025-10-23")
        ])
    );
    // No day after it: the article's day.
    assert_eq!(
        found("Trading opens at 9 a.m. (1300 GMT).", "2025-10-22"),
        pairs(&[("9 a.m.", "2025-10-22T09:00"), ("1300 GMT", "2025-10-22T13:00")])
    );
}

#[test]
fn the_early_hours_of_a_day_are_its_start() {
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        found_mod("Police said the suspect was arrested in the early hours of Sunday.", "2025-10-22"),
        vec![("the early hours of Sunday".to_string(), "2025-10-19".to_string(), some("START"))]
    );
    assert_eq!(
        found_mod("The fire broke out in the small hours of Oct. 12.", "2025-10-22"),
        vec![("the small hours of Oct. 12".to_string(), "2025-10-12".to_string(), some("START"))]
    );
}

/// "soon" is FUTURE_REF only with a cue of the future in its clause; a
/// past narrative ("Soon, ...", "soon spread") has none, whatever the comma.
#[test]
fn soon_needs_a_future_cue() {
    let text = "Soon, firefighters arrived and the blaze died down. Soon, however, the ceasefire broke down. \
                The unrest soon spread to other towns. The council may soon cut fares. The mine is to shut soon.";
    assert_eq!(found(text, "2026-11-30"), pairs(&[("soon", "FUTURE_REF"), ("soon", "FUTURE_REF")]));
}

/// A year before a car make and an event noun dates the event, not a car.
#[test]
fn a_makers_event_keeps_its_year() {
    let text = "Analysts recalled the 2015 Volkswagen emissions scandal and the 2009 Chrysler bankruptcy. \
                His 2004 Honda was towed away.";
    assert_eq!(found(text, "2026-11-30"), pairs(&[("2015", "2015"), ("2009", "2009")]));
}

#[test]
fn a_season_across_two_years_is_one_date() {
    let got = found("The striker scored 30 goals in the 2024-25 season.", "2025-08-01");
    assert_eq!(got, pairs(&[("the 2024-25 season", "2024")]));
    let got = found("Ticket sales fell in the 2023/24 season, the club said.", "2025-08-01");
    assert_eq!(got, pairs(&[("the 2023/24 season", "2023")]));
    let got = found("Cocoa output fell in 2023/24, traders said.", "2025-08-01");
    assert_eq!(got, pairs(&[("2023/24", "2023")]));
    let got = found("The ministry expects the deficit to narrow in fiscal 2024-25.", "2024-06-01");
    assert_eq!(got, pairs(&[("fiscal 2024-25", "2024")]));
    // Four-digit pairs stay a range of two years without a period word.
    let got = found("Exports grew 4% in 2014-2015.", "2016-01-05");
    assert_eq!(got, pairs(&[("2014", "2014"), ("2015", "2015")]));
    let got = found("She coached the 2014-2015 team.", "2016-01-05");
    assert_eq!(got, pairs(&[("2014", "2014"), ("2015", "2015")]));
}

#[test]
fn the_week_or_quarter_ended_a_day_is_the_one_ending_then() {
    // 2025-10-17 is a Friday, in ISO week 42.
    let got = found("Applications for benefits rose by 4,000 in the week ended Oct. 17.", "2025-10-23");
    assert_eq!(got, pairs(&[("the week", "2025-W42"), ("Oct. 17", "2025-10-17")]));
    let got = found("The agency will publish its count for the week ending Friday.", "2025-10-21");
    assert_eq!(got, pairs(&[("the week", "2025-W43"), ("Friday", "2025-10-24")]));
    let got = found("Fund inflows slowed in the week to Oct. 17, the data showed.", "2025-10-23");
    assert_eq!(got, pairs(&[("the week", "2025-W42"), ("Oct. 17", "2025-10-17")]));
    let got = found("They moved the launch from the week to Friday.", "2025-10-23");
    assert_eq!(got, pairs(&[("Friday", "2025-10-17")]));
    // A week ending on a Monday lies mostly in the week before.
    let got = found("Sales slipped in the week ended Monday.", "2025-10-22");
    assert_eq!(got, pairs(&[("the week", "2025-W42"), ("Monday", "2025-10-20")]));
    let got = found("The miner's output dropped in the quarter ended June 30.", "2025-08-12");
    assert_eq!(got, pairs(&[("the quarter", "2025-Q2"), ("June 30", "2025-06-30")]));
    // A quarter ending a month after a calendar quarter is mostly that one.
    let got = found("The retailer lost money in the quarter ended July 31.", "2025-08-28");
    assert_eq!(got, pairs(&[("the quarter", "2025-Q2"), ("July 31", "2025-07-31")]));
    // After a quarter named by its number, the company's numbering holds.
    let text = "Acme earned $2 million in the fiscal first quarter. Sales in the quarter ended Sept. 30 rose 5%.";
    let got = found(text, "2011-10-20");
    assert_eq!(
        got,
        pairs(&[("the fiscal first quarter", "2011-Q1"), ("the quarter", "2011-Q1"), ("Sept. 30", "2011-09-30")])
    );
}

#[test]
fn the_new_year_in_lower_case_is_the_year_ahead_late_in_the_year() {
    let got = found("The plant will reopen in the new year, a spokeswoman said.", "2025-12-10");
    assert_eq!(got, pairs(&[("the new year", "2026")]));
    let got = found("Hiring picked up in the new year, the survey found.", "2026-01-20");
    assert_eq!(got, pairs(&[("the new year", "2026")]));
    // "since the new year" is the year under way.
    let got = found("Fuel prices have risen 10% since the new year, the agency said.", "2025-09-15");
    assert_eq!(got, pairs(&[("the new year", "2025")]));
    // Capitalised, it is the holiday.
    let got = found("Crowds gathered in the square over the New Year.", "2026-01-03");
    assert_eq!(got, pairs(&[("the New Year", "2026-01-01")]));
}

#[test]
fn a_hyphenated_period_before_its_noun_leaves_the_determiner_out() {
    let got = found("The chemical maker blamed the fourth-quarter slump on weak prices.", "2024-02-02");
    assert_eq!(got, pairs(&[("fourth-quarter", "2023-Q4")]));
    let got = found("Analysts had expected the first-half deficit to shrink.", "2024-08-02");
    assert_eq!(got, pairs(&[("first-half", "2024-H1")]));
    // A noun phrase of its own keeps it.
    let got = found("Shipments rose in the second quarter, the group said.", "2024-08-02");
    assert_eq!(got, pairs(&[("the second quarter", "2024-Q2")]));
    let got = found("Growth slowed in the second-half as exports fell.", "2024-08-02");
    assert_eq!(got, pairs(&[("the second-half", "2024-H2")]));
}

#[test]
fn a_quarter_ended_on_a_day_is_that_days_quarter_unless_a_fiscal_one_was_named() {
    let got = found("Second-quarter revenue rose 5% from the quarter ended March 31.", "2025-08-05");
    assert_eq!(got, pairs(&[("Second-quarter", "2025-Q2"), ("the quarter", "2025-Q1"), ("March 31", "2025-03-31")]));
    let got = found(
        "Net income for the quarter ended June 30 rose from $3 million in the quarter ended June 30, 2024.",
        "2025-08-05",
    );
    assert_eq!(
        got,
        pairs(&[
            ("the quarter", "2025-Q2"),
            ("June 30", "2025-06-30"),
            ("the quarter", "2024-Q2"),
            ("June 30, 2024", "2024-06-30")
        ])
    );
}

#[test]
fn an_approximator_before_ago_is_in_the_span() {
    let got = found("The dam burst almost four years ago, and the town was rebuilt.", "2025-06-10");
    assert_eq!(got, pairs(&[("almost four years ago", "2021")]));
    let got = found("The party came to power more than three decades ago.", "2025-06-10");
    assert_eq!(got, pairs(&[("more than three decades ago", "199")]));
    // "a hundred", "a dozen" count the unit.
    let got = found("The clan has held the valley for almost a hundred years.", "2025-06-10");
    assert_eq!(got, pairs(&[("almost a hundred years", "P100Y")]));
}

#[test]
fn generic_today_and_average_daily_are_no_times() {
    assert!(found("The film speaks to today's youth as few others do.", "2025-06-10").is_empty());
    assert!(found("Most of today's laptop computers run on lithium cells.", "2025-06-10").is_empty());
    assert!(found("Turnover beat the average daily volume of 90 million shares.", "2025-06-10").is_empty());
    // The day of an event stays.
    assert_eq!(found("Today's session ended early.", "2025-06-10"), pairs(&[("Today", "2025-06-10")]));
}

#[test]
fn a_clock_restated_with_its_day_in_parentheses_is_of_that_day() {
    let got = found("The ferry will sail at 5 in the morning (5 a.m. GMT Friday), the operator said.", "2025-06-10");
    assert_eq!(got[0], ("5 in the morning".to_string(), "2025-06-13T05:00".to_string()), "{got:?}");
}

#[test]
fn the_month_after_the_dcts_is_the_coming_one_in_a_past_clause() {
    // Said in August: a past verb does not send September a year back.
    let got = found("The ministry told refiners of a cut in their crude allocation in September.", "2025-08-14");
    assert_eq!(got, pairs(&[("September", "2025-09")]));
    let got = found("The ministry told refiners of a cut in their crude allocation in October.", "2025-08-14");
    assert_eq!(got, pairs(&[("October", "2024-10")]));
}

#[test]
fn the_future_of_something_is_no_time() {
    assert!(found("The vote will decide the future of the coalition.", "2025-06-10").is_empty());
    assert_eq!(found("The party will decide in the future.", "2025-06-10"), pairs(&[("the future", "FUTURE_REF")]));
}

#[test]
fn or_so_ago_no_more_than_and_one_day_after_a_modal() {
    let got = found("Then, a month or so ago, the board changed course.", "2025-06-10");
    assert_eq!(got, pairs(&[("a month or so ago", "2025-05")]));
    let got = found("The inspectors may stay for no more than ninety days.", "2025-06-10");
    assert_eq!(got, pairs(&[("no more than ninety days", "P90D")]));
    let got = found("Solar power could one day supply most of the grid.", "2025-06-10");
    assert_eq!(got, pairs(&[("one day", "FUTURE_REF")]));
    // A day's length stays one.
    let got = found("The strike lasted one day.", "2025-06-10");
    assert_eq!(got, pairs(&[("one day", "P1D")]));
}

#[test]
fn idioms_with_time_words_name_no_time() {
    for text in [
        "Volunteers staffed the hotline 24 hours a day.",
        "The pharmacy is open seven days a week.",
        "A deal is only a matter of weeks away, he said.",
        "The school wants to train the engineers of tomorrow.",
        "For the rebels, high noon has arrived.",
    ] {
        assert!(found(text, "2025-06-10").is_empty(), "{text}: {:?}", found(text, "2025-06-10"));
    }
    // The words still make times elsewhere.
    assert_eq!(found("The talks lasted 24 hours.", "2025-06-10"), pairs(&[("24 hours", "P1D")]));
    assert_eq!(found("They meet at noon.", "2025-06-10"), pairs(&[("noon", "2025-06-10T12:00")]));
}

#[test]
fn a_weekday_with_plural_parts_of_the_day_is_a_set() {
    let got = found("The ferry will sail on Wednesday and Saturday mornings from June 1.", "2025-05-20");
    assert_eq!(
        got,
        pairs(&[("Wednesday", "XXXX-WXX-3TMO"), ("Saturday mornings", "XXXX-WXX-6TMO"), ("June 1", "2025-06-01")])
    );
    // One night is that day's.
    let got = found("The ferry sailed on Saturday night.", "2025-05-20");
    assert_eq!(got, pairs(&[("Saturday night", "2025-05-17TNI")]));
}

#[test]
fn this_coming_weekday_with_its_date_is_one_expression() {
    let got = found("The festival opens this coming Sunday, June eighth.", "2025-06-03");
    assert_eq!(got, pairs(&[("this coming Sunday, June eighth", "2025-06-08")]));
    let got = found("The festival opens this coming Sunday.", "2025-06-03");
    assert_eq!(got, pairs(&[("this coming Sunday", "2025-06-08")]));
}

#[test]
fn the_first_two_quarters_of_a_year_are_its_first_half() {
    let got = found("Weak demand should last through the first two quarters of 2026, analysts said.", "2025-10-20");
    assert_eq!(got, pairs(&[("the first two quarters of 2026", "2026-H1")]));
    let got = found("Margins improved in the last two quarters of 2024.", "2025-10-20");
    assert_eq!(got, pairs(&[("the last two quarters of 2024", "2024-H2")]));
}

#[test]
fn additional_further_and_extra_counts_are_durations() {
    assert_eq!(
        found("The lender may renew the credit line for an additional year.", "2025-06-10"),
        pairs(&[("an additional year", "P1Y")])
    );
    assert_eq!(
        found("The ceasefire was extended by a further six months.", "2025-06-10"),
        pairs(&[("a further six months", "P6M")])
    );
    assert_eq!(found("The crew needs two extra days.", "2025-06-10"), pairs(&[("two extra days", "P2D")]));
}

#[test]
fn unit_long_adjectives_are_durations() {
    assert_eq!(found("Delegates left their second day-long session.", "2025-06-10"), pairs(&[("day-long", "P1D")]));
    assert_eq!(found("A month-long strike shut the port.", "2025-06-10"), pairs(&[("month-long", "P1M")]));
    assert_eq!(found("It ended a years-long feud.", "2025-06-10"), pairs(&[("years-long", "PXY")]));
}

#[test]
fn a_day_counted_in_a_present_clause_is_the_article_date() {
    assert_eq!(
        found("Today is the ninth day of the strike at the port.", "2025-10-22"),
        pairs(&[("Today", "2025-10-22"), ("the ninth day", "2025-10-22")])
    );
    assert_eq!(
        found("It's the third day of a siege of the town.", "2025-10-22"),
        pairs(&[("the third day", "2025-10-22")])
    );
    // Not in a past clause, nor a count of days without "of".
    assert_eq!(found("Monday was the third day of protests.", "2025-10-22"), pairs(&[("Monday", "2025-10-20")]));
}

#[test]
fn a_holidays_week_is_the_week_of_its_day() {
    // 2026-03-30 is the Monday before Easter Sunday (April 5).
    assert_eq!(
        found("Pilgrims crowded the old city as Easter week began.", "2026-03-30"),
        pairs(&[("Easter week", "2026-W14")])
    );
    assert_eq!(
        found("Shops expect crowds during Christmas week.", "2025-12-10"),
        pairs(&[("Christmas week", "2025-W52")])
    );
    // A past clause before the week: last year's.
    assert_eq!(found("Sales were weak in Christmas week.", "2025-12-10"), pairs(&[("Christmas week", "2024-W52")]));
}

#[test]
fn the_past_year_is_the_year_before() {
    // A look back over "the past year" in news: the year before the DCT's.
    assert_eq!(
        found("Membership of the clubs doubled over the past year, the survey found.", "2026-03-04"),
        pairs(&[("the past year", "2025")])
    );
    // "The last year of" a term is its final year, no look back.
    assert_eq!(found("He spent the last year of his term abroad.", "2026-03-04"), pairs(&[("the last year", "P1Y")]));
    // Counted lengths stay durations.
    assert_eq!(
        found("Membership doubled over the past two years.", "2026-03-04"),
        pairs(&[("the past two years", "P2Y")])
    );
}

#[test]
fn a_quarter_century_is_no_quarter() {
    // "quarter-century" and "a quarter of the" are fractions: "a year
    // earlier" compares no fiscal quarter, it is the year before.
    let text =
        "Jobless claims stayed near a quarter-century low last month. Pay was 4 percent higher than a year earlier.";
    assert_eq!(found(text, "2026-02-06"), pairs(&[("last month", "2026-01"), ("a year earlier", "2025")]));
    let text = "Funds hold a quarter of the market. Their assets were larger than a year earlier.";
    assert_eq!(found(text, "2026-02-06"), pairs(&[("a year earlier", "2025")]));
}

#[test]
fn the_year_earlier_period_after_a_count_of_months_is_that_length() {
    // After "the nine months", the year-earlier period is nine months too.
    let text = "For the nine months, Acme earned $8 million. In the year-earlier period, it earned $6 million.";
    assert_eq!(found(text, "2011-10-20"), pairs(&[("the nine months", "P9M"), ("the year-earlier period", "P9M")]));
    // After a quarter: that quarter a year back.
    let text = "In the third quarter, Acme earned $3 million. In the year-earlier period, it earned $2 million.";
    assert_eq!(
        found(text, "2011-10-20"),
        pairs(&[("the third quarter", "2011-Q3"), ("the year-earlier period", "2010-Q3")])
    );
}

#[test]
fn the_latest_fiscal_year_is_the_last_one_completed() {
    assert_eq!(
        found("Exports made up a third of its sales in the latest fiscal year.", "2011-10-20"),
        pairs(&[("the latest fiscal year", "2010")])
    );
    assert_eq!(found("Rents rose in the latest year on record.", "2011-10-20"), pairs(&[("the latest year", "2010")]));
}

#[test]
fn since_year_end_is_the_last_day_of_the_year_before() {
    // A change measured since year-end runs from the close of last year.
    assert_eq!(found("The index has fallen 4% since year-end.", "2011-10-20"), pairs(&[("year-end", "2010-12-31")]));
    // "by year-end" is still the end of this year.
    assert_eq!(found("The deal will close by year-end.", "2011-10-20"), pairs(&[("year-end", "2011")]));
}

#[test]
fn that_day_needs_a_day_named_before_it() {
    // Of a day in general: no time.
    assert_eq!(found("When a rumor hits, traders sell hard that day.", "2011-10-20"), pairs(&[]));
    // After a day named: that day.
    assert_eq!(
        found("The deal was signed on March 3. Shares rose that day.", "2011-10-20"),
        pairs(&[("March 3", "2011-03-03"), ("that day", "2011-03-03")])
    );
}

#[test]
fn a_length_of_pay_is_no_time() {
    assert_eq!(found("Staff get a bonus equal to six months of base pay.", "2011-10-20"), pairs(&[]));
    assert_eq!(found("He was paid a year's salary to leave.", "2011-10-20"), pairs(&[]));
    assert_eq!(
        found("She worked there for six months of the year.", "2011-10-20"),
        pairs(&[("six months", "P6M"), ("the year", "2011")])
    );
}

#[test]
fn last_years_amount_after_a_period_is_that_period_a_year_back() {
    // An amount of "last year's" compared with the period just named.
    let text = "Acme's third-quarter profit fell. Sales in the latest period were $1.76 billion, \
                up from last year's $1.55 billion.";
    assert_eq!(found(text, "2011-10-20").last(), Some(&("last year".to_string(), "2010-Q3".to_string())));
    // With no period in its sentence: last year.
    let text = "Acme's third-quarter profit fell. Annual sales were up from last year's $5 billion.";
    assert_eq!(found(text, "2011-10-20").last(), Some(&("last year".to_string(), "2010".to_string())));
}

#[test]
fn at_a_later_date_is_ahead() {
    assert_eq!(
        found("It may sell more shares at a later date.", "2011-10-20"),
        pairs(&[("a later date", "FUTURE_REF")])
    );
    assert_eq!(found("A later date was not set.", "2011-10-20"), pairs(&[]));
}

#[test]
fn for_a_while_is_a_length_of_no_named_unit() {
    assert_eq!(found("They must live without power for a while.", "2011-10-20"), pairs(&[("a while", "PXX")]));
    assert_eq!(found("Once in a while it rains.", "2011-10-20"), pairs(&[]));
}

#[test]
fn a_year_earlier_after_a_period_ended_on_a_day_is_that_day_a_year_back() {
    let text = "For the quarter ended Sept. 30, Acme earned $133 million, up from $100 million a year earlier.";
    assert_eq!(
        found(text, "2011-10-20"),
        pairs(&[("the quarter", "2011-Q3"), ("Sept. 30", "2011-09-30"), ("a year earlier", "2010-09-30")])
    );
    // Without the end day in its sentence: the quarter a year back.
    let text = "For the quarter ended Sept. 30, Acme earned $133 million. Sales rose from a year earlier.";
    assert_eq!(found(text, "2011-10-20").last(), Some(&("a year earlier".to_string(), "2010-Q3".to_string())));
}

#[test]
fn an_apposition_restates_the_year_ago_quarter() {
    // "the second quarter ended Oct. 31" restates the year-ago quarter:
    // both are last year's second quarter, and the day is last year's.
    let text = "Acme expects a profit for the third quarter. In the comparable year-ago quarter, \
                the second quarter ended Oct. 31, Acme had a loss.";
    assert_eq!(
        found(text, "2011-10-27"),
        pairs(&[
            ("the third quarter", "2011-Q3"),
            ("year-ago quarter", "2010-Q2"),
            ("the second quarter", "2010-Q2"),
            ("Oct. 31", "2010-10-31"),
        ])
    );
}

#[test]
fn that_quarter_is_the_quarter_last_named() {
    let text = "Acme lost money in the second quarter of 2010. Results for that quarter included a charge.";
    assert_eq!(
        found(text, "2011-10-27"),
        pairs(&[("the second quarter of 2010", "2010-Q2"), ("that quarter", "2010-Q2")])
    );
}

#[test]
fn the_latest_period_is_the_quarter_of_the_sentence_before() {
    let text = "Acme's third-quarter profit rose. Beta said its sales rose in the second quarter. \
                The latest period included a gain.";
    assert_eq!(found(text, "2011-10-20").last(), Some(&("The latest period".to_string(), "2011-Q2".to_string())));
}

#[test]
fn an_elliptic_last_takes_the_unit_of_this() {
    assert_eq!(
        found("The gain means twice as high a dividend this year as last.", "2011-10-20"),
        pairs(&[("this year", "2011"), ("last", "2010")])
    );
    assert_eq!(
        found("Sales were higher this month than last, he said.", "2011-10-20"),
        pairs(&[("this month", "2011-10"), ("last", "2011-09")])
    );
    assert_eq!(found("He came last.", "2011-10-20"), pairs(&[]));
}

#[test]
fn this_quarters_results_are_of_the_reported_quarter() {
    let text = "Acme's third-quarter net fell. Its fourth quarter looks better. \
                This quarter's loss includes a charge. This quarter will be hard.";
    assert_eq!(
        found(text, "2011-11-01"),
        pairs(&[
            ("third-quarter", "2011-Q3"),
            ("fourth quarter", "2011-Q4"),
            ("This quarter", "2011-Q3"),
            ("This quarter", "2011-Q4"),
        ])
    );
}
