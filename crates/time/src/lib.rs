//! # dateline-time
//!
//! Finds dates, times, durations and sets in news text and resolves each to
//! a TIMEX3 value against the article's date (the document creation time,
//! DCT): `2025-03-10`, `2025-02`, `2022`, `2025-W11`, `2025-Q1`, `2025-SU`,
//! `199`, `P3Y`, `PT2H`, `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, with TIMEX3
//! modifiers (`START`, `END`, `MID`, `APPROX`, `LESS_THAN`, `MORE_THAN`,
//! `EQUAL_OR_MORE`, `BEFORE`, `AFTER`).
//!
//! ```
//! use dateline_core::{Article, Document, Extractor, Pipeline, PubDate};
//! use dateline_time::TimeExtractor;
//!
//! let date = PubDate::parse("2025-03-11").unwrap();
//! let text = "Officials were to meet on Tuesday. Russia invaded three years ago. \
//!             Talks in Riyadh will resume on Friday.";
//! let mut doc = Document::new(Article::new(date, text));
//! let pipeline = Pipeline::segment_only().with(TimeExtractor::new());
//! assert!(pipeline.run(&mut doc).is_empty());
//! let found: Vec<(&str, &str)> = doc.times.iter().map(|t| (doc.slice(t.span), t.value.as_str())).collect();
//! assert_eq!(found, [("Tuesday", "2025-03-11"), ("three years ago", "2022"), ("Friday", "2025-03-14")]);
//! ```
//!
//! ## Spans
//!
//! Spans follow TIMEX3: the preposition stays outside ("on *Tuesday*"),
//! determiners and modifiers stay inside ("*the past two months*", "*early
//! 2023*"), except the determiner of the noun a hyphenated period modifies
//! ("the *third-quarter* loss", "the *first-half* profit"). A preposition before the span sets the modifier: "since 2014"
//! gives `2014` with `AFTER`, "before/until March" gives `BEFORE`. Ranges
//! ("from 2014 to 2022", "March 10-11") give one expression per end, as in
//! TimeBank; a season or fiscal year across two years ("the 2024-25
//! season", "the 2023/24 season", "fiscal 2024-25"; four-digit pairs only
//! with such a word: "the 2014-2015 season") is one expression, valued as
//! its first year, with "the" and the noun in the span when the noun is.
//!
//! ## The direction rule
//!
//! A bare weekday ("on Tuesday"), a month or a day without a year ("in
//! January", "March 20"), a season or a quarter can point backwards or
//! forwards from the article date. The direction comes from the clause the
//! expression sits in, never from a fixed bias:
//!
//! 1. **The words of the clause** decide first: scanning back from the
//!    expression to the clause start (sentence start, `;`, `:`, quotes,
//!    dashes), then forward, the nearest cue wins:
//!    * `will`, `'ll`, `won't`, `shall`, `would`, `going to`, `plan(s)`,
//!      `scheduled`, `expected`, `likely to`, `due`, `slated`, `set to/for`, `upcoming`,
//!      `next`, `tomorrow`, and `is/are (due|set|scheduled|expected) to` →
//!      **Future** (not "as planned", "as expected", "originally
//!      scheduled": a comparison with a plan, or a plan of old);
//!    * `was/were to` (and `was/were due|scheduled|set`) → **SameWeek**;
//!    * `was`, `were`, `had`, `did`, `has/have` (present perfect), an
//!      irregular past form (`said`, `met`, `told`...), a regular `-ed` form
//!      (not `need`, `hundred`...), `ago`, `yesterday`, `last` → **Past**;
//!    * a present-tense verb (`says`, `does`, `can`, `may`...) → **Neutral**;
//!    * `to` after a word of commitment (`agreed`, `decided`, `agreement`,
//!      `promised`, `pledged`, `vowed`, `offered`, `supposed`...: "has
//!      decided to admit them in March") → **Future**; `are supposed to`
//!      → **Future**; `plan(s)` counts only as a verb (before `to` or an
//!      object), not in "vacation plans";
//!    * a passive infinitive ("rules to be published in early November")
//!      → **Future** (after `was/were`: **SameWeek**); a date something
//!      takes effect or is put off to, right before the expression
//!      ("effective Feb. 1", "postponed/delayed/adjourned/extended until
//!      Tuesday") → **Future**, unless the nearest tense cue before it is
//!      a past one ("raised its price, effective March 6", "became
//!      effective Feb. 17", "was postponed until May") → **Nearest** (the
//!      nearest occurrence either side of the DCT, weekdays too: "raised
//!      its prime rate, effective Tuesday"); a weekday put off to stays
//!      **Future** ("was adjourned until Monday"), and so does a deadline
//!      given or moved "until" a time ("has given the relatives until 9
//!      a.m. Tuesday to sign", before an infinitive, not "gave aid until
//!      Friday to families"; "extended its deadline until Friday"; the
//!      put-off word up to 12 words back, no comma between, and "through"
//!      as well: "has extended the firm up to $40 million in credit lines
//!      through March"), unless the "until" has a past verb of its own
//!      ("ignored the deadline and stayed until Friday") or a later "when" clause is past ("extended
//!      the curfew until Sunday, when it was lifted": **Past**);
//!    * a schedule in the past perfect ("had been due to expire Friday
//!      evening", "had been scheduled for Monday") → **Past**.
//!
//!    An expression opening a parenthesis ("at 4 in the morning (4 a.m.
//!    Thursday)") takes the direction of the clause around it. The verb of
//!    an "as soon as" clause is no cue (backshifted in reported speech):
//!    the clause it hangs on decides ("were likely to buy its stock as soon
//!    as trading opened Monday": the coming Monday).
//!
//!    Reporting verbs after the expression (`said`, `announced`...) are
//!    skipped ("talks will resume Friday, the minister said"), unless the
//!    expression is fronted ("On Monday, the minister said ...": only a
//!    preposition before it), where they are its verb; so is a past plan
//!    verb with no "be" before it ("On Friday, the ministry planned to pay
//!    the claims": the day of the planning, **Past**).
//!
//! 2. **Where the words give no cue**, the syntax layer (when tokens have
//!    `upos`/`head`) decides: walk from the expression up its head chain
//!    to the governing verb. `will`/`shall`/`would` among its auxiliaries,
//!    or a planning verb (plan, schedule, expect, intend, aim, hope) as the
//!    verb or its `xcomp` parent, gives **Future**; an `xcomp` of
//!    past-tense *be* ("were to meet") gives **SameWeek**; `have`
//!    auxiliaries (present or past perfect), `Tense=Past` or `VBD` give
//!    **Past**; `Tense=Pres` gives **Neutral** (so does a present passive
//!    or progressive: "when the case is heard in May", whatever the
//!    participle's own tense feature), except that a present-simple
//!    event verb (not saying, being or lasting: "says", "is", "remains")
//!    governing a bare weekday directly is a schedule, **Future** ("the
//!    envoys meet Monday"), also when the tagger read it as a bare `VB`
//!    with no auxiliary or "to", and a clock on a weekday hung on the
//!    verb's object ("takes effect at 1 p.m. on Thursday"). A gerund with no auxiliary takes the
//!    tense of the verb it hangs on ("has fluctuated, rising to a high in
//!    June from $29.75 in March": **Past**). (Words first measures
//!    better on TimeBank: value F1 0.825 against 0.820 with the tree
//!    first, whose verb is wrong where the parse is.)
//!
//! 3. The direction then resolves the expression:
//!
//! | expression       | Past                 | Future              | SameWeek              | Neutral         |
//! |------------------|----------------------|---------------------|-----------------------|-----------------|
//! | weekday          | nearest on/before DCT| nearest after DCT   | that day of DCT's week| as Past         |
//! | month (+day)     | latest on/before DCT | earliest on/after DCT | DCT's year          | nearest within six months |
//! | quarter, season  | this year, or last year if still ahead | this year, or next if over | this year | this year |
//! | "in five years"  | the length `P5Y`     | the time ahead, `2030` | the length          | the length      |
//!
//! **Nearest** is Neutral except for a weekday: the nearer of the last and
//! the next occurrence (the DCT itself when it matches). A day within 92
//! days of the DCT stays in the DCT's year, and the month right after the
//! DCT's is the coming one, whatever the direction ("told refiners of a
//! cut in September", said in August: one eleven months back would be
//! "last September").
//!
//! A weekday an event is called or set for ("called a strike for
//! Friday", "set the vote for Monday") is the day it is to happen, after
//! the DCT whatever the verb's tense (not after a past perfect: "had
//! called a strike for Friday").
//! A possessive weekday ("Friday's ruling") names a known event: on or
//! before the DCT whatever the clause. "Next to" is no future cue.
//! "last Tuesday" is always before the DCT, "next Tuesday" always after;
//! "this Tuesday" is in the DCT's week (Past direction: on or before).
//! Relative expressions ("yesterday", "last month", "three years ago",
//! "earlier this year") ignore the direction. "The previous day", "the same
//! day" and "the previous Friday" are anchored to the last full date
//! mentioned before them in the article (their `anchor` holds that date),
//! or to the DCT ("that day" with no day before it is a day in general,
//! no time: "traders sell hard that day"); "the following month/year" to the last month or year
//! mentioned ("In March, ... The following month" = April). A length
//! after or before that date ("Two days later", "an hour later", "A day
//! earlier"; minutes to weeks) is, as TimeBank marks it, a `DURATION`
//! (`P2D`, "later" outside the span) whose `anchor` is the day it reaches
//! (the date the events layer gives its event); "a month/year earlier"
//! stay dates.
//! "The past year" ("a rise in hate groups over the past year", said in
//! March) is the year before the DCT's, the year a report looks back on
//! (as TimeBank marks it; in lenient mode, and in "the last year of his
//! term", a length `P1Y`).
//!
//! ## Earnings reports
//!
//! A quarterly report compares periods: "a year earlier", "year-ago",
//! "the quarter", "the latest period", "the 1988 period", "last year's
//! quarter", "the corresponding period last year" take the reported
//! quarter, the latest completed quarter named so far in the article ("the
//! fiscal first quarter ended Sept. 30": the quarter = `2011-Q1`, a year
//! earlier = `2010-Q1`), else the quarter under way named, else the last
//! completed one. "A year earlier" is a quarter when the nearest period
//! named before it (within 150 tokens) is a quarter, the year before when
//! it is a count of months ("net for the nine months ... a year earlier";
//! "the year-earlier period" there is that length, `P9M`);
//! with none before it, a quarter a few tokens after it or two quarter
//! mentions in the article make it a quarter. A month named just before
//! it in its sentence comes first: "eased to 3.9% in September from 4.6% a
//! year earlier" = September a year before; a period's end day named
//! before it in its sentence comes first too: "For the quarter ended Sept.
//! 30, Delta earned $133 million, up from $100 million a year earlier" =
//! the period that ended a year before that day (`2010-09-30`), unless
//! the sentence names the quarter by its number ("the fiscal first quarter
//! ended Sept. 30 ... a year ago" = `2010-Q1`). An apposition right after a
//! year-ago quarter restates it: "In the comparable year-ago quarter, the
//! second quarter ended Oct. 31, ..." is last year's second quarter, both
//! expressions, and its day is last year's Oct. 31. Without a quarter in
//! their own sentence, "the quarter", "the latest period" and "a year
//! earlier" take a completed quarter named in the sentence before, before
//! the latest one named in the article. "This quarter's loss" (results:
//! loss, profit, net, earnings, sales, revenue) in a quarterly report is
//! the reported quarter, a quarter that is over. "That quarter" is the
//! quarter last named. A fraction is no quarter: "a
//! quarter-century low", "a quarter of the market" leave "a year earlier"
//! the year before. "The year-ago third quarter",
//! "the quarter a year earlier" and "the first quarter of next year" (or
//! "the second half of last year") are one expression. An elliptic
//! "last" takes the unit of the "this" before it ("as high a dividend this
//! year as last" = the year before). "Last year's" before
//! an amount, in a sentence that names a period before it ("Sales in the
//! latest period were $1.76 billion, up from last year's $1.55 billion"),
//! is that period a year back. "The latest fiscal
//! year" (or "the latest year") is the last one completed, the year before
//! the DCT's.
//!
//! ## Lenient mode
//!
//! [`TimeOptions::lenient`] is for standalone phrases (queries, test
//! corpora), never news text. It also reads a bare part of the day
//! ("afternoon"), clocks in words ("ten thirty", "twelve oh three"), a day
//! of the month alone ("the 24th": nearest in the clause's direction),
//! "EOM"/"BOY"-style shorthands, and joins a day with a following clock time
//! or part of the day ("25/4 at 4:00pm", "in 7 days at 5pm"), a holiday or
//! month with a year offset ("thanksgiving in 9 months", "March in a year"),
//! and a range of clock times with the day said once ("9:30 - 11:00 on
//! Thursday"). In every mode: day ranges with the month after the second
//! day ("from the 13th to the 15th of July"), hour ranges sharing
//! a.m./p.m. ("3-4pm"), counted weekdays ("3 Fridays from now"), weekdays
//! in a named week ("Wednesday next week", "Friday after next"), the nth
//! full week of a month or year ("the second last week of October 2018";
//! "the first week of December" takes the month's year from the clause),
//! holidays by name ("the New Year", capitalised),
//! approximate
//! times ("about 3pm", `APPROX` inside the span).
//!
//! Holidays: fixed, nth-weekday, Easter and Orthodox Easter rules, Chinese
//! New Year (new moon in China's time zone, by Meeus's lunation formula),
//! Islamic days as begun in the Umm al-Qura calendar (the day after a new
//! moon that falls before sunset in Mecca), Hebrew-calendar days (the
//! arithmetic calendar, with Israel's weekday moves for Yom HaShoah, Yom
//! Ha'atzmaut and Tisha B'Av), US Tax Day as observed, Super Tuesday.
//! Hindu calendar days: sankrantis by the sidereal Sun (Lahiri ayanamsa;
//! Makar Sankranti, Pongal, Vaisakhi), Diwali and its days from the new
//! moon with the Sun in Libra, Holi from Phalguna's full moon, Ugadi from
//! Chaitra's new moon, Vesak from Vaisakha's full moon, full-moon days kept
//! at sunrise (Raksha Bandhan, Guru Ravidas and Valmiki Jayanti), Parsi New
//! Year by the 365-day Shahenshahi calendar, and days set by a lunar day
//! (tithi: 12° of the Moon's elongation from the Sun, with the Moon's
//! longitude from the main terms of Meeus ch. 47) in a month named by the
//! sidereal sign of the Sun at its new moon, held at the hour the
//! observance takes (sunrise, midday, afternoon, moonrise or midnight):
//! Vasant Panchami, Maha Shivaratri, Rama Navami, Mahavir Jayanti, Akshaya
//! Tritiya, Ratha Yatra, Janmashtami, Ganesh Chaturthi, Durga Puja's
//! Saptami to Navami, Dussehra, Karva Chauth, Guru Gobind Singh Jayanti;
//! Onam on the first day of the solar month Chingam (Sun in sidereal Leo)
//! with the Moon in the mansion Thiruvonam (280°-293°20') 2 h 24 min after
//! sunrise. Maundy Thursday and Whit Monday also by their Eastern names
//! ("Thursday of Mysteries", "Covenant Thursday", "Monday of the Holy
//! Spirit"). "Election Day" (capitalized, not in another country's
//! article) is the United States' general election day, the Tuesday after
//! the first Monday of November.
//! A holiday of several days (Ramadan to Eid al-Fitr, Passover, Hanukkah,
//! Rosh Hashanah, Sukkot, Shavuot, Lent, Great Lent, EMS Week) is a
//! `DURATION` (`P30D`) whose `anchor` is its first day.
//!
//! Wire forms: "the July-September quarter"/"the April-June period" (three
//! months of a calendar quarter: `2025-Q3`; "the June-August period" stays
//! two months), "Q3"/"3Q"/"Q2 2024" (upper case), "end-2025"/"end-June"
//! (`END`), "late on Monday"/"early on Oct. 3" (`END`/`START` of the day),
//! "The next morning"/"the following evening" (that part of the day after
//! the last date mentioned), "The day before," (a day off the last date
//! mentioned, only with nothing after it: not "the day before the vote"),
//! "overnight" as an adverb (the night before the DCT: `TNI`; not
//! "overnight losses"), "Tuesday week" (a week after the coming Tuesday),
//! "1 p.m. local time on Thursday" (the zone words in the span), "the same
//! month a year earlier/last year" (the month last mentioned, a year
//! before), "later this year" (in the span), "the weekend of March 7-8"
//! (that day's weekend: `2026-W10-WE`), "the week ended Oct. 17"/"the
//! week ending Friday"/"the week to (through) Friday", not after "from"
//! (the week holding most of the seven days: that of the day three days
//! before the end, `2025-W42`), "the quarter ended June 30" (the quarter of
//! the day 45 days before the end, `2025-Q2`, or the quarter named by
//! number earlier in the article: "the fiscal first quarter ... the quarter
//! ended Sept. 30"; period and day stay two expressions, as TimeBank marks
//! them), "in the new year" (lower case: the coming year from July on, else
//! the DCT's year; "the New Year" is the holiday), "the end of the decade"
//! (`202`, `END`), "the second half of the year" (one expression, the
//! DCT's year), "later that year", "the previous/following quarter" (from the
//! quarter last named, the sentence's first). The verb "last" ("expected
//! to last six weeks") stays out of a duration's span, and a past form
//! that is also the bare verb ("cut", "set", "hit") after a modal or "to"
//! is no past cue ("will cut rates in December"; "is widely expected to"
//! reads past the adverb); "set" not before "to"/"for" is the past
//! participle ("its record high set on Aug. 6"), and "planned" after its
//! noun before a preposition ("a service planned at the hall for Saturday
//! was cancelled") leaves the direction to the clause's verb. A clock in parentheses between a time and its
//! day ("10:47 p.m. (1347 GMT) on Monday") is of that day too; the three
//! are separate expressions and the day takes the time's direction. "The
//! early/small hours of Sunday" is that day with `START`.
//!
//! Also read: "the (second) closest Monday to Oct 5th" and "the third
//! Tuesday after Christmas 2014" (the nth occurrence by distance or after
//! the anchor), "the day before last Tuesday('s hearing)" and "the day
//! after Christmas" (one day from a named day), "by year-end"/"year's end" (`END` of the DCT's year, or of
//! the year before in a past clause; "fallen 4% since year-end" is the last
//! day of the year before, `2010-12-31`), "that year" (the year last
//! mentioned), centuries ("the 20th century" = `19`), decade words ("the
//! nineties" = `199`, and so "the 1990s", "the early 1990s": TIMEX3's
//! decade, as TimeBank marks it with the article), spoken years where a
//! year is expected ("the year two
//! thousand", "Easter Sunday two thousand ten"), clock times with seconds
//! ("15:23:24"), year-quarter tokens ("2018Q4"), mixed fractions ("2 1/2
//! years" = `P2Y6M`, "an hour and a half" = `PT1H30M`), "last Oct. 23"
//! (that day before the DCT), two days joined by "and" ("April 24 and
//! 25"), "a fortnight" (two weeks), "two more weeks" ("an additional
//! year", "a further six months", "an extra day"), "a day-long meeting"
//! (`P1D`; "decades-long" `PXDE`, the article out as for "third-quarter"),
//! "a hundred years",
//! "almost four years ago"/"more than four decades ago" (the approximator
//! in the span, `AFTER`/`BEFORE`), "at 4 in the morning (4 a.m. EDT
//! Thursday)" (a clock restated with its day in parentheses is of that
//! day), no time in a generic "today's" ("today's youth/world/personal
//! computers") nor in "average daily volume" nor in "the future of the
//! alliance" (its fate), nor in a length of pay ("a bonus equal to six
//! months of base pay", "a year's salary"), "a week or so ago" (`APPROX`), "no more than
//! sixty days" (`EQUAL_OR_LESS`), "will one day be" (`FUTURE_REF` after a
//! modal, as is "at a later date"; "for a while" is `PXX`; "lasted one day" is `P1D`); idioms name no time: "24 hours a
//! day", "seven days a week", "high noon", "a matter of days", "the people
//! of tomorrow"; "Monday and Tuesday nights" (sets: `XXXX-WXX-1TNI`,
//! `XXXX-WXX-2TNI`); "this coming Sunday, March eighth" (one expression,
//! the date decides); "the first two quarters of 1990" (`1990-H1`); "a
//! day from right
//! now", "current" before a noun (`PRESENT_REF`: "its current chairman";
//! not "current assets/account/profit"), "the then current price"
//! (`PAST_REF`), "soon" (`FUTURE_REF`: "may soon raise rates", only with a
//! modal, "to" or an expectation in its clause; not "as soon as", "soon
//! after", "too soon" nor in a past narrative: "was soon replaced", "soon
//! became", "Soon, police arrived"), "the early 1980s"/"the late summer" (the article in the
//! span), "mid-afternoon (yesterday)" (`TAF` of that day; with no day
//! named, of the last day mentioned, or the DCT's), "each July"
//! (`XXXX-07`), "the week of March 6" (that day's week), "the last half of
//! 1989" (`1989-H2`; after "half of" only a year makes a half-year, not
//! "the last half of the decade/session/June"), "eight trading days" (`P8D`, no offset), "at least
//! 30 days" (`EQUAL_OR_MORE` in the span); a quoted title of capitalised
//! words with a title cue (ABC's "This Week", the film "High Noon") is no
//! time, a short quoted remark ("In January," he said) or a quote in a
//! title-case headline is; "current" is no time in its finance sense
//! ("current expenditure", "in current dollars", "a 1986 current account
//! surplus"); lower-case "fall" after early/late/mid is a season only
//! after a preposition ("in late fall") or the/this/last/next/a year and
//! not before in/on/of/to/from ("a late fall on the market"), and "the
//! fall" with a phrase after it is a drop ("the fall in prices") unless a
//! preposition of time comes before it; "March after next" (the one after next March), "31-Oct-74" and
//! "31/Oct/1974", "mid day", in lenient mode "15 minutes from 1pm" (an
//! offset from a clock time); clock arithmetic with a bare number ("15 to
//! noon", "twenty after 3pm": the hour must be noon, midnight or carry
//! a.m./p.m., and before "to" the number must exceed 12, since "9 to noon"
//! is a range) and "half three" (half past three, British), both only in
//! lenient mode or after "at"; "3 in the AM"; "around 3-4pm" (an
//! approximate clock range); years before the common era ("2014 BC", "500
//! B.C.", "300 BCE" = `BC0300`; not after a determiner, before a
//! capitalised word or in a wire slug: "the 2017 B.C. election", "2014 BC
//! Hydro", "BC-Iraq"); "the March for Life" is a march, not the month; a
//! model year ("Smith's 1992 Buick", "a 2004 Toyota": after a determiner or
//! possessive, before a car make, not its event: "the 2009 Chrysler
//! bankruptcy") and a year in a name ("a startup called
//! Helios 2004") are no dates, nor is a unit compared with itself ("the
//! quarter-to-quarter gain", "a year-over-year basis"), nor "Today" after
//! an acronym (the titles "USA Today", "VOA Today"). "The year" before
//! "of" and an amount is the DCT's year ("a high for the year of $42.875";
//! not "the year of the flood"). A holiday of
//! several days inside another form ("three days after Passover 2018")
//! counts from its first day. A day counted in a present copular clause
//! ("Today is the eighth day of the operation", "It's the second day of
//! an offensive") is the DCT; "was the third day of" is not read.
//! "Easter week", "Christmas week" are the (Monday to Sunday) week of the
//! holiday's day; a holiday's week under way in a past clause ("as Easter
//! week began", on its Monday) is this one.
//!
//! ## Evaluation
//!
//! [`eval::timebank`] scores the extractor on TimeBank + AQUAINT in the
//! TempEval-3 way, [`eval::duckling`] runs Duckling's English time corpus;
//! `cargo run --release -p dateline-time --example time_eval [-- --errors N]`
//! prints both (and N examples of each kind of error; `--misses N
//! --with-correct` groups the errors, and the right values, by pattern).
//! Measured 2026-11-30 (with the syntax layer, as in the pipeline):
//!
//! | corpus | measure | value |
//! |---|---|---|
//! | TimeBank+AQUAINT (256 docs, 1822 TIMEX3) | span F1 strict / relaxed | 0.897 / 0.956 |
//! | | value F1 (accuracy on relaxed matches) | 0.850 (0.890; P 0.838, R 0.863, 1572 of 1875) |
//! | | type accuracy on matches | 0.953 |
//! | Duckling English (1597 examples) | pass rate without future-bias | 90.5% (1299/1436) |
//! | | pass rate over all examples | 81.3% |
//! | | future-bias examples excluded | 161 |
//!
//! `time_eval -- --misses [N]` lists every error grouped by the pattern
//! of its words ("WD night", "last week", "MON 99"), largest groups
//! first, with N examples in context, and every future-bias exclusion with
//! its reason (which reading the direction changed: a weekday, a date or
//! holiday without a year, a clock time, a day of the month).
//!
//! An excluded (future-bias) example is one we miss as a bare phrase but get
//! right in a future clause, with Duckling's answer after the reference
//! time: the difference is Duckling's fixed forward bias alone. The
//! comparison credits TIMEX3 values Duckling writes differently: a coarser
//! value at the same offset from now ("in 7 days" = `2013-02-19`, Duckling
//! `2013-02-19T04:00`), and a duration for "the last/next N units" when the
//! grain, length and side of now agree; a clock time in a zone the text
//! names ("4pm CET") is moved to the reference time's zone before the
//! comparison, as Duckling converts it; Duckling dates Hebrew holidays from
//! their eve, so a day after its date passes for them (and an interval of
//! theirs may start, or start and end, a day early); for "by X"
//! (Duckling: from now until X) the deadline is compared with X's start, or
//! its end for an `END` value; a duration anchored at a date (a holiday of
//! several days) is the interval from that date; a start and a duration
//! ("4pm for 30 mins") are the interval from the start, Duckling's end
//! including the last unit; the `END` of a part of the day ("late
//! tonight") is its second half; a year before the common era (`BC2014`)
//! is Duckling's year -2014. The 160 exclusions are each a weekday, a
//! date or holiday without a year, a clock time or a day of the month
//! (`--misses` lists each with its two readings). What still fails is
//! mostly Duckling's reading of "upcoming two weeks" as the week two weeks
//! ahead (20 examples), "next Wednesday" as the one of next week, "within
//! 2 weeks" as an interval from now, seasons' exact bounds, Islamic days
//! far from today (Duckling's tables and our Umm al-Qura rule differ by a
//! day, in both directions), Navaratri and the Labor Day / Memorial Day
//! weekends as intervals (Friday evening to Tuesday), and chat-style
//! clocks ("at 3 15", "tonight 815", "in 1/2h").
#![warn(missing_docs)]

pub mod dateline;
pub mod eval;
mod holidays;
mod lexicon;
mod resolve;
mod scan;
mod tense;

pub use dateline::dateline_date;
pub use tense::Direction;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use dateline_core::sentences::split_sentences;
use dateline_core::tokenize::tokenize;
use dateline_core::{Document, ExtractError, Extractor, Span, TimeExpr};
use lexicon::{classify, Lex, LexOpts};

/// Errors of the time layer.
#[derive(Debug, thiserror::Error)]
pub enum TimeError {
    /// An evaluation file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// An evaluation file is malformed.
    #[error("{path}: {message}")]
    Format {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Options of the time extractor; build with [`TimeOptions::builder`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeOptions {
    /// Accept lower-case "march" and "may" as months and "3/11" without a
    /// preposition (for query strings and test corpora, not news).
    pub lenient: bool,
    /// Force a direction instead of reading it from the clause.
    pub direction: Option<Direction>,
    /// Read numeric dates day first ("15/2" = 15 February, "3/4/2014" = 3
    /// April), as in British, Irish, Australian, Indian and most other
    /// English locales outside North America and the Philippines. A date
    /// that only one order makes valid ("15/2" in month-first mode) is
    /// read that way in either mode.
    pub day_first: bool,
    /// The region whose holiday rules apply where regions differ
    /// ("Labour Day", "Thanksgiving", "Father's Day"); `None` = United
    /// States rules.
    pub region: Option<Region>,
}

/// An English-speaking region, for holidays that differ between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    /// United States.
    Us,
    /// Canada.
    Ca,
    /// United Kingdom.
    Gb,
    /// Ireland.
    Ie,
    /// Australia.
    Au,
    /// New Zealand.
    Nz,
    /// India.
    In,
    /// South Africa.
    Za,
    /// Jamaica.
    Jm,
    /// Trinidad and Tobago.
    Tt,
    /// Belize.
    Bz,
    /// The Philippines.
    Ph,
}

impl Region {
    /// The ISO 3166 two-letter code (upper case).
    pub fn code(self) -> &'static str {
        match self {
            Region::Us => "US",
            Region::Ca => "CA",
            Region::Gb => "GB",
            Region::Ie => "IE",
            Region::Au => "AU",
            Region::Nz => "NZ",
            Region::In => "IN",
            Region::Za => "ZA",
            Region::Jm => "JM",
            Region::Tt => "TT",
            Region::Bz => "BZ",
            Region::Ph => "PH",
        }
    }

    /// The region of a two-letter code or a locale such as `EN_GB` or
    /// `en-AU` (`UK` is accepted for `GB`).
    pub fn from_code(code: &str) -> Option<Region> {
        let c = code.rsplit(['_', '-']).next().unwrap_or(code);
        let c = c.to_ascii_uppercase();
        [
            Region::Us,
            Region::Ca,
            Region::Gb,
            Region::Ie,
            Region::Au,
            Region::Nz,
            Region::In,
            Region::Za,
            Region::Jm,
            Region::Tt,
            Region::Bz,
            Region::Ph,
        ]
        .into_iter()
        .find(|r| r.code() == c || (c == "UK" && *r == Region::Gb))
    }
}

impl TimeOptions {
    /// A builder with the defaults (news mode, direction from the clause).
    pub fn builder() -> TimeOptionsBuilder {
        TimeOptionsBuilder::default()
    }
}

/// Builder for [`TimeOptions`].
#[derive(Debug, Clone, Default)]
pub struct TimeOptionsBuilder {
    opts: TimeOptions,
}

impl TimeOptionsBuilder {
    /// Lenient casing and short numeric dates (see [`TimeOptions::lenient`]).
    pub fn lenient(mut self, yes: bool) -> Self {
        self.opts.lenient = yes;
        self
    }

    /// Forces every underspecified expression in one direction.
    pub fn direction(mut self, d: Option<Direction>) -> Self {
        self.opts.direction = d;
        self
    }

    /// Numeric dates day first (see [`TimeOptions::day_first`]).
    pub fn day_first(mut self, yes: bool) -> Self {
        self.opts.day_first = yes;
        self
    }

    /// The region whose holidays apply (see [`TimeOptions::region`]).
    pub fn region(mut self, r: Option<Region>) -> Self {
        self.opts.region = r;
        self
    }

    /// The options.
    pub fn build(self) -> TimeOptions {
        self.opts
    }
}

/// The time layer: fills [`Document::times`].
#[derive(Debug, Clone, Default)]
pub struct TimeExtractor {
    opts: TimeOptions,
}

impl TimeExtractor {
    /// An extractor with the default options.
    pub fn new() -> TimeExtractor {
        TimeExtractor::default()
    }

    /// An extractor with these options.
    pub fn with_options(opts: TimeOptions) -> TimeExtractor {
        TimeExtractor { opts }
    }

    /// The options.
    pub fn options(&self) -> TimeOptions {
        self.opts
    }

    /// Finds and resolves the time expressions of `doc` against `dct`
    /// (normally the article date), sorted by start. Uses the document's
    /// tokens and sentences when they are filled, its own otherwise.
    pub fn find(&self, doc: &Document, dct: NaiveDate) -> Vec<TimeExpr> {
        self.find_at(doc, dct, None)
    }

    /// As [`TimeExtractor::find`] with the DCT's time of day.
    pub fn find_with_time(&self, doc: &Document, dct: NaiveDateTime) -> Vec<TimeExpr> {
        self.find_at(doc, dct.date(), Some(dct.time()))
    }

    /// As [`TimeExtractor::find`], with the DCT's time of day: "two hours
    /// ago" becomes a clock time, and a clock time in a future clause that
    /// is already past moves to the next day.
    fn find_at(&self, doc: &Document, dct: NaiveDate, now: Option<NaiveTime>) -> Vec<TimeExpr> {
        let text = doc.text();
        let own_tokens;
        let spans: &[Span] = if doc.tokens.is_empty() {
            let mut t = tokenize(text);
            if self.opts.lenient {
                t = join_spaced_meridiem(text, t);
            }
            own_tokens = t;
            &own_tokens
        } else {
            own_tokens = doc.tokens.iter().map(|t| t.span).collect();
            &own_tokens
        };
        let sentences: Vec<std::ops::Range<usize>> = if doc.sentences.is_empty() || doc.tokens.is_empty() {
            split_sentences(text, spans).into_iter().map(|(_, r)| r).collect()
        } else {
            doc.sentences.iter().map(|s| s.tokens.clone()).collect()
        };
        let lex_opts = LexOpts { lenient_case: self.opts.lenient };
        let mut lex = Vec::with_capacity(spans.len());
        let mut words = Vec::with_capacity(spans.len());
        for s in spans {
            let w = s.get(text).unwrap_or("");
            words.push(w);
            // Only joined tokens (lenient mode) contain a space.
            let spaced = if self.opts.lenient && w.contains(' ') { spaced_meridiem(w) } else { None };
            lex.push(match spaced {
                Some(pm) => Lex::AmPm(pm),
                None => classify(w, lex_opts),
            });
        }
        // "a fortnight", "two fortnights": weeks, counted double by the
        // scanner; only after a count ("the past fortnight" is not read).
        for k in 1..lex.len() {
            let plural = words[k].eq_ignore_ascii_case("fortnights");
            if (plural || words[k].eq_ignore_ascii_case("fortnight"))
                && matches!(lex[k - 1], Lex::Int(..) | Lex::NumWord(_) | Lex::Word(lexicon::W::A))
            {
                lex[k] = Lex::Unit(lexicon::Unit::Week, plural);
            }
        }
        // "a quarter-century low", "a quarter of the market": a fraction,
        // no fiscal quarter (nor a period a report compares).
        for k in 0..lex.len() {
            if lex[k] != Lex::Unit(lexicon::Unit::Quarter, false) {
                continue;
            }
            let next = |d: usize| words.get(k + d).copied().unwrap_or("");
            let century = next(1).eq_ignore_ascii_case("century")
                || (next(1) == "-" && next(2).eq_ignore_ascii_case("century"))
                || words[k].to_ascii_lowercase().ends_with("-century");
            // Not "three quarters of an hour" (a length).
            let fraction = next(1).eq_ignore_ascii_case("of")
                && matches!(next(2).to_ascii_lowercase().as_str(), "the" | "its" | "their" | "his" | "her" | "all")
                && k > 0
                && matches!(words[k - 1].to_ascii_lowercase().as_str(), "a" | "one" | "three");
            if century || fraction {
                lex[k] = Lex::Other;
            }
        }
        // "one second": the unit, not the ordinal ("a second round" stays).
        for k in 1..lex.len() {
            if lex[k] == Lex::Ordinal(2)
                && words[k].eq_ignore_ascii_case("second")
                && (words[k - 1].eq_ignore_ascii_case("one") || words[k - 1] == "1")
            {
                lex[k] = Lex::Unit(lexicon::Unit::Second, false);
            }
        }
        // Lenient mode: a prime after a count is minutes, a double prime
        // seconds ("in 15'", "in 1\"").
        if self.opts.lenient {
            for k in 1..lex.len() {
                if matches!(lex[k - 1], Lex::Int(_, 1..=3)) && spans[k].start == spans[k - 1].end {
                    match words[k] {
                        "'" | "\u{2032}" => lex[k] = Lex::Unit(lexicon::Unit::Minute, true),
                        "\"" | "\u{2033}" => lex[k] = Lex::Unit(lexicon::Unit::Second, true),
                        _ => {}
                    }
                }
            }
        }
        let quarter_doc = lex.iter().filter(|l| matches!(l, Lex::Unit(lexicon::Unit::Quarter, false))).count() >= 2;
        let scanner = scan::Scanner {
            lex: &lex,
            words: &words,
            dct,
            lenient: self.opts.lenient,
            day_first: self.opts.day_first,
            region: self.opts.region.map(Region::code),
            quarter_doc,
            now,
        };
        let mut out = Vec::new();
        let mut last_day: Option<NaiveDate> = None;
        let mut last_year: Option<String> = None;
        let mut last_quarter: Option<(i32, u32)> = None;
        let mut named_quarter: Option<(i32, u32)> = None;
        // The last fiscal quarter named by its number ("the fiscal first
        // quarter"), not by the day it ended: a company's own numbering.
        let mut numbered_quarter: Option<(i32, u32)> = None;
        // The first day of the last month mentioned (by a month or a day).
        let mut last_month: Option<NaiveDate> = None;
        let mut prev_sentence_quarter: Option<(i32, u32)> = None;
        // The last quarter named ("the second quarter ended Oct. 31"), for
        // "that quarter".
        let mut named_quarter_value: Option<String> = None;
        for range in sentences {
            let range = range.start.min(spans.len())..range.end.min(spans.len());
            if range.is_empty() || !lex[range.clone()].iter().any(|l| !matches!(l, Lex::Other | Lex::Punct(_))) {
                continue;
            }
            // A quarter named earlier in this sentence ("second-quarter
            // profit ... up 8% from the same period last year") wins over
            // the latest one of the article for "the same period".
            let mut sentence_quarter: Option<(i32, u32)> = None;
            // The quarter named in the sentence before.
            let prev_q = prev_sentence_quarter.take();
            // The day a reporting period ended, named earlier in this
            // sentence ("For the quarter ended Sept. 30, ...").
            let mut period_end: Option<NaiveDate> = None;
            let mut numbered_here = false;
            // The end (token) of a year-ago period just emitted ("In the
            // year-ago quarter, the second quarter ended Oct. 31, ..."): an
            // apposition right after it restates it, a year back.
            let mut year_ago_end: Option<usize> = None;
            let mut restated_year: Option<i32> = None;
            for m in scanner.scan(range.clone()) {
                let dir = if m.needs_direction() || (now.is_some() && m.is_bare_clock()) {
                    self.opts.direction.unwrap_or_else(|| {
                        let (first, last) = m.dir_at.unwrap_or((m.start, m.end.saturating_sub(1)));
                        tense::direction(doc, spans, range.clone(), first, last)
                    })
                } else {
                    Direction::Neutral
                };
                let (mut value, mut kind, mut anchor) = match (&m.sem, &last_year, last_quarter) {
                    (scan::Sem::ThatYear, Some(y), _) => (y.clone(), dateline_core::TimexType::Date, Some(y.clone())),
                    (scan::Sem::ThatQuarter, _, _) if named_quarter_value.is_some() => {
                        let q = named_quarter_value.clone().unwrap_or_default();
                        (q.clone(), dateline_core::TimexType::Date, Some(q))
                    }
                    // "the following month", "the previous year": from the
                    // last month or year mentioned ("In March, ... The
                    // following month" = April), not only from a full date.
                    (scan::Sem::AnchoredUnit { unit: lexicon::Unit::Month, n }, _, _)
                        if last_month.is_some_and(|m| last_day.is_none_or(|d| d.with_day(1) != Some(m))) =>
                    {
                        let base = last_month.unwrap_or(dct);
                        let v = resolve::relative_unit(base, lexicon::Unit::Month, *n);
                        (v, dateline_core::TimexType::Date, Some(resolve::fmt_month(base.year(), base.month())))
                    }
                    (scan::Sem::AnchoredUnit { unit: lexicon::Unit::Year, n }, Some(y), _)
                        if last_day.is_none_or(|d| d.year().to_string() != *y) =>
                    {
                        let v = y.parse::<i32>().map_or_else(|_| y.clone(), |y| format!("{:04}", y + n));
                        (v, dateline_core::TimexType::Date, Some(y.clone()))
                    }
                    // "in the third quarter from the previous quarter": from
                    // the quarter named last (in the sentence first).
                    (scan::Sem::AnchoredUnit { unit: lexicon::Unit::Quarter, n }, _, _)
                        if sentence_quarter.or(last_quarter).or(named_quarter).is_some() =>
                    {
                        let (y, q) = sentence_quarter.or(last_quarter).or(named_quarter).unwrap_or_default();
                        let total = y * 4 + q as i32 - 1 + n;
                        let base = format!("{y:04}-Q{q}");
                        let v = format!("{:04}-Q{}", total.div_euclid(4), total.rem_euclid(4) + 1);
                        (v, dateline_core::TimexType::Date, Some(base))
                    }
                    // "the quarter ended Sept. 30" after a quarter named by
                    // its number ("the fiscal first quarter"): that
                    // quarter, in the company's numbering.
                    // Only a fiscal one named by number before, within a
                    // year of the day's own quarter: "the quarter
                    // ended June 30, 2024" after this year's quarter is last
                    // year's; "rose from the quarter ended March 31" after
                    // "second-quarter revenue" is the first quarter.
                    (scan::Sem::Ending { unit: lexicon::Unit::Quarter, .. }, _, _)
                        if numbered_quarter.is_some_and(|(y, q)| {
                            let (v, ..) = scan::resolve(&m.sem, dct, dir, last_day, now);
                            v.get(..4).and_then(|c| c.parse::<i32>().ok()).is_some_and(|c| {
                                let named = y * 4 + q as i32;
                                let own = c * 4 + v.get(6..7).and_then(|x| x.parse::<i32>().ok()).unwrap_or(1);
                                (named - own).abs() <= 3
                            })
                        }) =>
                    {
                        let (y, q) = numbered_quarter.unwrap_or_default();
                        (format!("{y:04}-Q{q}"), dateline_core::TimexType::Date, None)
                    }
                    (scan::Sem::SameQuarter { year, back, .. }, _, _)
                        if sentence_quarter.or(last_quarter).or(named_quarter).is_some() =>
                    {
                        // Its sentence's quarter, else a completed one named
                        // in the sentence before ("Sales rose in the quarter
                        // ended Sept. 30 ... The latest period includes
                        // gains"), else the latest completed one named.
                        let pq = prev_q.filter(|&(y, q)| {
                            recent_quarter(&format!("{y:04}-Q{q}"), dct).is_some_and(|(_, done)| done)
                        });
                        let (y, q) = sentence_quarter.or(pq).or(last_quarter).or(named_quarter).unwrap_or_default();
                        (format!("{:04}-Q{q}", year.unwrap_or(y - back)), dateline_core::TimexType::Date, None)
                    }
                    _ => scan::resolve(&m.sem, dct, dir, last_day, now),
                };
                // A holiday of several days on its own ("during Ramadan"):
                // its length, anchored at its first day.
                if let scan::Sem::Holiday { rule, .. } = &m.sem {
                    let first = resolve::value_day(&value).filter(|_| value.len() == 10);
                    if let Some((d, n)) = first.and_then(|d| Some((d, holidays::period_days(*rule, d)?))) {
                        anchor = Some(value.clone());
                        value = format!("P{n}D");
                        kind = dateline_core::TimexType::Duration;
                        last_day = Some(d);
                    }
                }
                // "that day" with no day named before it in the article
                // ("you have strong redemptions that day", of a day in
                // general): no time; the DCT would be "this day".
                if matches!(m.sem, scan::Sem::Anchored { days: 0 })
                    && last_day.is_none()
                    && words.get(m.start).is_some_and(|w| w.eq_ignore_ascii_case("that"))
                {
                    continue;
                }
                // "a bonus equal to six months of base pay", "a year's
                // salary": an amount of pay, no time.
                if kind == dateline_core::TimexType::Duration && pay_after(&words, m.end) {
                    continue;
                }
                let (Some(a), Some(b)) = (spans.get(m.start), spans.get(m.end.saturating_sub(1))) else {
                    continue;
                };
                let span = Span::new(a.start, b.end.max(a.start));
                if span.get(text).is_none() || in_quoted_title(text, span) {
                    continue;
                }
                // "For the quarter ended Sept. 30, Delta earned $133
                // million, up from $100 million a year earlier": the period
                // that ended a year before that day, named by its end.
                let year_back = m.end == m.start + 3
                    && words[m.start].eq_ignore_ascii_case("a")
                    && words[m.start + 1].eq_ignore_ascii_case("year")
                    && matches!(words[m.start + 2].to_ascii_lowercase().as_str(), "earlier" | "ago");
                if let Some(d) =
                    period_end.filter(|_| year_back && !numbered_here).and_then(|d| d.with_year(d.year() - 1))
                {
                    value = resolve::fmt_day(d);
                    kind = dateline_core::TimexType::Date;
                }
                // A quarter named by its number ("the fiscal first quarter
                // ended Sept. 30 ... a year ago") is compared by number.
                if recent_quarter(&value, dct).is_some()
                    && (m.start..m.end).any(|k| {
                        matches!(
                            words[k].to_ascii_lowercase().as_str(),
                            "first" | "second" | "third" | "fourth" | "fiscal"
                        ) || words[k].contains('-')
                    })
                {
                    numbered_here = true;
                }
                if m.start > 0 && matches!(words[m.start - 1].to_ascii_lowercase().as_str(), "ended" | "ending") {
                    period_end = resolve::value_day(&value).filter(|_| value.len() == 10).or(period_end);
                }
                let is_quarter = |v: &str| v.len() == 7 && v.as_bytes()[4] == b'-' && v.as_bytes()[5] == b'Q';
                // The apposition of a year-ago quarter: that quarter, a
                // year back, and the day it ended with it.
                let appositive = year_ago_end.is_some_and(|e| m.start == e + 1 && words[e] == ",");
                if appositive && is_quarter(&value) {
                    if let Some(y) = out.last().and_then(|t: &TimeExpr| t.value.get(..4)?.parse::<i32>().ok()) {
                        value = format!("{y:04}{}", &value[4..]);
                        if let Some(prev) = out.last_mut() {
                            prev.value = value.clone();
                        }
                        restated_year = Some(y);
                    }
                } else if let Some(y) =
                    restated_year.filter(|_| m.start > 0 && words[m.start - 1].eq_ignore_ascii_case("ended"))
                {
                    if let Some(d) =
                        resolve::value_day(&value).filter(|_| value.len() == 10).and_then(|d| d.with_year(y))
                    {
                        value = resolve::fmt_day(d);
                    }
                    restated_year = None;
                }
                let year_ago_text = span.get(text).is_some_and(|t| {
                    let t = t.to_ascii_lowercase();
                    t.contains("year-ago") || t.contains("year-earlier")
                });
                year_ago_end = (year_ago_text && is_quarter(&value)).then_some(m.end);
                if is_quarter(&value) {
                    named_quarter_value = Some(value.clone());
                }
                // A length after the last date ("three days later") moves
                // the narrative to the day it reaches.
                let reached = matches!(m.sem, scan::Sem::Length { .. }).then(|| anchor.as_deref()).flatten();
                if let Some(d) = resolve::value_day(&value).or_else(|| reached.and_then(resolve::value_day)) {
                    last_day = Some(d);
                }
                if let Some(d) = month_of_value(&value).filter(|_| kind == dateline_core::TimexType::Date) {
                    last_month = Some(d);
                }
                // The year of a date or year ("in 1988", "June 1998").
                if kind == dateline_core::TimexType::Date
                    && value.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
                    && value.as_bytes().get(4).is_none_or(|b| *b == b'-')
                {
                    last_year = Some(value[..4].to_string());
                }
                // The latest completed quarter named so far: the reported
                // one ("the fiscal first quarter ended Sept. 30"), for "the
                // quarter" and "a year earlier".
                if !matches!(m.sem, scan::Sem::SameQuarter { .. }) {
                    if let Some((yq, done)) = recent_quarter(&value, dct) {
                        sentence_quarter = Some(yq);
                        let fiscal = span.get(text).is_some_and(|t| t.to_ascii_lowercase().contains("fiscal"));
                        if fiscal && !matches!(m.sem, scan::Sem::Ending { .. }) {
                            numbered_quarter = Some(yq);
                        }
                        if done && last_quarter.is_none_or(|l| yq > l) {
                            last_quarter = Some(yq);
                        }
                        // Without a completed one, the quarter under way
                        // ("expects its first-quarter net to fall from a
                        // year ago" in March).
                        named_quarter = Some(yq);
                    }
                }
                let value = with_seconds(span.get(text).unwrap_or(""), value);
                let anchor = anchor.or_else(|| m.relative.then(|| "DCT".to_string()));
                out.push(TimeExpr { span, kind, value, modifier: m.modifier.map(str::to_string), anchor });
            }
            prev_sentence_quarter = sentence_quarter;
        }
        out.sort_by_key(|t| (t.span.start, t.span.end));
        out
    }
}

impl Extractor for TimeExtractor {
    fn name(&self) -> &'static str {
        "times"
    }

    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError> {
        let dct = doc.article.date.date();
        let time = match doc.article.date {
            dateline_core::PubDate::DateTime(t) => NaiveTime::from_hms_opt(t.hour(), t.minute(), t.second()),
            dateline_core::PubDate::Date(_) => None,
        };
        doc.times = self.find_at(doc, dct, time);
        Ok(())
    }
}

/// True when `span` lies inside a short quoted title of capitalised words
/// (a programme or film: ABC's "This Week", CBS's "60 Minutes", the film
/// "High Noon"): two to eight words, each capitalised or a number, between
/// quote marks on one line, with a title cue: a possessive just before the
/// quote, or a word of naming or airing (film, show, called, aired...)
/// next to it. A remark ("In January," the spokesman said; a quote ending
/// in , ? ! or followed by its speaker, unless a possessive opens it) and a
/// title-case headline line (Obama Says "We Will Leave Iraq By 2011") are
/// no titles.
fn in_quoted_title(text: &str, span: Span) -> bool {
    let t = text.as_bytes();
    // A word starting in lower case ends the search: prose, not a title.
    let lower_word = |k: usize| t[k].is_ascii_lowercase() && (k == 0 || t[k - 1].is_ascii_whitespace());
    // Back to the opening quote ("  ``  ''  U+201C), at most 60 bytes.
    let mut open = None;
    let mut k = span.start.min(t.len());
    while k > span.start.saturating_sub(60) {
        k -= 1;
        let b = t[k];
        if b == b'\n' || lower_word(k) {
            return false;
        }
        let pair = |c: u8| b == c && k > 0 && t[k - 1] == c;
        if b == b'"' || pair(b'`') || pair(b'\'') || (b == 0x9c && k >= 2 && t[k - 2] == 0xe2 && t[k - 1] == 0x80) {
            open = Some(k + 1);
            break;
        }
    }
    let Some(open) = open else {
        return false;
    };
    // On to the closing quote ("  ''  U+201D), at most 80 bytes.
    let mut close = None;
    let mut k = span.end;
    while k < t.len().min(span.end + 80) {
        let b = t[k];
        if b == b'\n' || lower_word(k) {
            return false;
        }
        if b == b'"' || (b == b'\'' && t.get(k + 1) == Some(&b'\'')) || (b == 0xe2 && t.get(k + 2) == Some(&0x9d)) {
            close = Some(k);
            break;
        }
        k += 1;
    }
    let Some((close, body)) = close.and_then(|c| Some((c, text.get(open..c)?))) else {
        return false;
    };
    let mut n = 0;
    for w in body.split_whitespace() {
        n += 1;
        if !w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
    }
    if !(2..=8).contains(&n) {
        return false;
    }
    // The opening mark's own bytes, and the line around the quote.
    let mark = t[..open].iter().rev().take_while(|b| !b.is_ascii_alphanumeric() && !b.is_ascii_whitespace()).count();
    let line_start = text[..open].rfind('\n').map_or(0, |k| k + 1);
    // A possessive just before the quote (ABC News' "This Week," said
    // ...): a programme, whatever follows it.
    let lead = text.get(line_start..open - mark).unwrap_or("").trim_end();
    let possessive = ["'s", "\u{2019}s", "s'", "s\u{2019}"].iter().any(|p| lead.ends_with(p));
    if body.trim_end().ends_with([',', '?', '!']) && !possessive {
        return false;
    }
    let line_end = text[close..].find('\n').map_or(text.len(), |k| close + k);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let before = words(text.get(line_start..open - mark).unwrap_or(""));
    let after = words(text.get(close..line_end).unwrap_or("").trim_start_matches(['"', '\'', '\u{201d}']));
    // A title-case headline: every word of the line outside the quote
    // capitalised (or a number), at least two of them.
    let outside = before.iter().chain(after.iter());
    if outside.clone().count() >= 2
        && outside.clone().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
    {
        return false;
    }
    // A speaker after the quote: a remark.
    let said = |w: &str| {
        matches!(w, "said" | "says" | "say" | "told" | "added" | "asked" | "replied" | "declared" | "insisted")
    };
    if !possessive && after.iter().take(4).any(|w| said(w)) {
        return false;
    }
    const CUES: &[&str] = &[
        "programme",
        "program",
        "show",
        "series",
        "film",
        "movie",
        "documentary",
        "book",
        "novel",
        "play",
        "musical",
        "song",
        "album",
        "episode",
        "broadcast",
        "broadcasts",
        "aired",
        "airs",
        "airing",
        "called",
        "entitled",
        "titled",
        "named",
        "dubbed",
        "starring",
        "starred",
        "magazine",
        "newspaper",
        "column",
        "opera",
    ];
    let cue = |w: &String| CUES.contains(&w.to_lowercase().as_str());
    possessive || before.iter().rev().take(3).any(cue) || after.iter().take(2).any(cue)
}

/// The first day of the month of a `YYYY-MM` or `YYYY-MM-DD...` value.
fn month_of_value(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    if b.len() < 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..7]).all(u8::is_ascii_digit) {
        return None;
    }
    if b.len() > 7 && b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(v[..4].parse().ok()?, v[5..7].parse().ok()?, 1)
}

/// A quarter value (`1989-Q3`) in the DCT's year (or last year's fourth
/// quarter, early in the year) that has begun by the DCT, as (year,
/// quarter), and whether it is over (a reported quarter).
fn recent_quarter(value: &str, dct: NaiveDate) -> Option<((i32, u32), bool)> {
    let (y, q) = value.split_once("-Q")?;
    let (y, q): (i32, u32) = (y.parse().ok()?, q.parse().ok()?);
    if value.len() != 7 || !(1..=4).contains(&q) {
        return None;
    }
    let start = NaiveDate::from_ymd_opt(y, 3 * q - 2, 1)?;
    let end = resolve::add_months(start, 3);
    let this_year = y == dct.year() || (y + 1 == dct.year() && q == 4 && dct.month() <= 3);
    (start <= dct && this_year).then_some(((y, q), end <= dct))
}

/// True when the words from `k` name pay measured by a length before them:
/// "of (base) pay", "'s salary", "' wages" ("six months of base pay", "a
/// year's salary").
fn pay_after(words: &[&str], k: usize) -> bool {
    let w = |d: usize| words.get(k + d).map(|w| w.to_ascii_lowercase()).unwrap_or_default();
    let mut j = match w(0).as_str() {
        "of" | "'s" | "\u{2019}s" | "'" | "\u{2019}" => 1,
        _ => return false,
    };
    if matches!(w(j).as_str(), "base" | "annual" | "full" | "his" | "her" | "their" | "its") {
        j += 1;
    }
    matches!(w(j).as_str(), "pay" | "salary" | "salaries" | "wages" | "severance" | "rent")
}

/// A clock time with seconds ("15:23:24", "9:01:10 AM"): the scanner
/// reads hours and minutes, and the seconds written in the text are added
/// to a value that ends in those minutes.
fn with_seconds(text: &str, value: String) -> String {
    let Some(hm) = value.rfind('T').map(|k| &value[k + 1..]) else {
        return value;
    };
    if hm.len() != 5 || hm.as_bytes()[2] != b':' {
        return value;
    }
    let b = text.as_bytes();
    // The last "m:ss" or "mm:ss" after an "h:" in the text.
    for at in (2..=b.len().saturating_sub(5)).rev() {
        let clock = b[at].is_ascii_digit()
            && b[at + 1].is_ascii_digit()
            && b[at + 2] == b':'
            && b[at + 3].is_ascii_digit()
            && b[at + 4].is_ascii_digit()
            && b.get(at + 5).is_none_or(|c| !c.is_ascii_digit());
        let colon_before = at >= 2 && b[at - 1] == b':' && b[at - 2].is_ascii_digit();
        if clock && colon_before && text.get(at..at + 2) == hm.get(3..5) && b.get(at + 5) != Some(&b':') {
            let sec = &text[at + 3..at + 5];
            if sec.parse::<u32>().is_ok_and(|s| s < 60) {
                return format!("{value}:{sec}");
            }
        }
    }
    value
}

/// "a m", "p. m.": a meridiem written in two tokens (lenient mode), as
/// one token; `Some(true)` for p.m.
fn spaced_meridiem(w: &str) -> Option<bool> {
    let mut it = w.split_whitespace();
    let (a, b) = (it.next()?, it.next()?);
    if it.next().is_some() || !matches!(b, "m" | "m." | "M" | "M.") {
        return None;
    }
    match a {
        "a" | "a." | "A" | "A." => Some(false),
        "p" | "p." | "P" | "P." => Some(true),
        _ => None,
    }
}

/// Joins the two tokens of a spaced meridiem after a number ("3:30 p m",
/// "four twenty-three a m") into one span.
fn join_spaced_meridiem(text: &str, t: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(t.len());
    let mut k = 0;
    while k < t.len() {
        if let (Some(a), Some(b)) = (t.get(k), t.get(k + 1)) {
            let joined = Span::new(a.start, b.end);
            let after_number = out.last().and_then(|p| p.get(text)).is_some_and(|p| {
                p.ends_with(|c: char| c.is_ascii_digit())
                    || matches!(classify(p, LexOpts { lenient_case: true }), Lex::NumWord(_))
            });
            if after_number && joined.get(text).and_then(spaced_meridiem).is_some() {
                out.push(joined);
                k += 2;
                continue;
            }
        }
        out.push(t[k]);
        k += 1;
    }
    out
}

/// Extracts the time expressions of a bare string against `dct` (no
/// document needed): for queries, tests and the CLI.
pub fn times_in(text: &str, dct: NaiveDate, opts: TimeOptions) -> Vec<TimeExpr> {
    let doc = Document::new(dateline_core::Article::new(dateline_core::PubDate::Date(dct), text));
    TimeExtractor::with_options(opts).find(&doc, dct)
}

/// As [`times_in`], with the DCT's time of day (for "in two hours", "at 3
/// p.m." in a future clause, and the Duckling corpus).
pub fn times_in_at(text: &str, now: NaiveDateTime, opts: TimeOptions) -> Vec<TimeExpr> {
    let doc = Document::new(dateline_core::Article::new(dateline_core::PubDate::Date(now.date()), text));
    TimeExtractor::with_options(opts).find_with_time(&doc, now)
}
