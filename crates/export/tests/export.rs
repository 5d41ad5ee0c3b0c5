//! Export tests: every format over a store with every layer filled; the
//! Parquet files are read back and their row counts and types checked.

use arrow_schema::DataType;
use dateline_export::{write_csv, write_gdelt, write_jsonl, write_parquet, Table, GDELT_COLUMNS};
use dateline_store::Store;
use dateline_testkit::annotated_document;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::{Path, PathBuf};

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dateline-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn filled_store(dir: &Path) -> Store {
    let mut store = Store::open(dir).unwrap();
    let items: Vec<_> = ["2025-03-10", "2025-03-11", "2025-03-12"]
        .into_iter()
        .enumerate()
        .map(|(k, date)| (annotated_document(date, k), None, None))
        .collect();
    store.insert_batch(&items).unwrap();
    store
}

#[test]
fn parquet_reads_back_with_types_and_counts() {
    let dir = tmp("pq");
    let store = filled_store(&dir);
    let out = dir.join("parquet");
    let counts = write_parquet(&store, &out, &|| {}).unwrap();
    let want = [
        (Table::Articles, 3),
        (Table::Entities, 6),
        (Table::Times, 3),
        (Table::Amounts, 3),
        (Table::Quotes, 3),
        (Table::Events, 3),
    ];
    assert_eq!(counts, want.to_vec());
    for (table, n) in want {
        let f = std::fs::File::open(out.join(format!("{}.parquet", table.name()))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
        let schema = builder.schema().clone();
        let rows: usize = builder.build().unwrap().map(|b| b.unwrap().num_rows()).sum();
        assert_eq!(rows as u64, n, "{}", table.name());
        assert_eq!(schema.field(0).name(), "article_id");
        match table {
            Table::Events => {
                assert_eq!(schema.field_with_name("day").unwrap().data_type(), &DataType::Date32);
                assert_eq!(schema.field_with_name("goldstein").unwrap().data_type(), &DataType::Float64);
                assert_eq!(schema.field_with_name("quad").unwrap().data_type(), &DataType::Int64);
                assert_eq!(schema.field_with_name("negated").unwrap().data_type(), &DataType::Boolean);
            }
            Table::Amounts => assert_eq!(schema.field_with_name("value").unwrap().data_type(), &DataType::Float64),
            _ => {}
        }
    }
}

#[test]
fn csv_jsonl_and_gdelt() {
    let dir = tmp("csv");
    let store = filled_store(&dir);
    let p = dir.join("x");
    let mut buf = Vec::new();
    assert_eq!(write_csv(&store, Table::Quotes, &mut buf, &p, &|| {}).unwrap(), 3);
    let s = String::from_utf8(buf).unwrap();
    let mut lines = s.lines();
    assert!(lines.next().unwrap().starts_with("article_id,day,start,end,text"));
    assert!(s.contains("\"Talks, then more talks,\""), "{s}");
    let mut buf = Vec::new();
    assert_eq!(write_jsonl(&store, &mut buf, &p, &|| {}).unwrap(), 3);
    for l in String::from_utf8(buf).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let text: Vec<char> = v["article"]["text"].as_str().unwrap().chars().collect();
        let q = &v["quotes"][0];
        let got: String =
            text[q["start"].as_u64().unwrap() as usize..q["end"].as_u64().unwrap() as usize].iter().collect();
        assert_eq!(got, "Talks, then more talks,", "code-point offsets");
    }
    let mut buf = Vec::new();
    assert_eq!(write_gdelt(&store, &mut buf, &p, &|| {}).unwrap(), 3);
    for l in String::from_utf8(buf).unwrap().lines() {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), GDELT_COLUMNS.len());
        let col = |name: &str| cols[GDELT_COLUMNS.iter().position(|c| *c == name).unwrap()];
        assert_eq!(col("Day"), "20250310", "event day, not publication day");
        assert_eq!(col("Actor1Code"), "RUS");
        assert_eq!(col("Actor2Code"), "USAGOV");
        assert_eq!(col("Actor2CountryCode"), "USA");
        assert_eq!(col("Actor2Type1Code"), "GOV");
        assert_eq!(col("Actor2Name"), "MARCO RUBIO");
        assert_eq!(col("EventCode"), "190");
        assert_eq!(col("EventRootCode"), "19");
        assert_eq!(col("QuadClass"), "4");
        assert_eq!(col("GoldsteinScale"), "-10.0");
        assert_eq!(col("ActionGeo_FullName"), "Jeddah");
        assert!(col("SOURCEURL").starts_with("https://example.org/"));
    }
}
