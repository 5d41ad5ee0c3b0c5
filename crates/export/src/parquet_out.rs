//! Parquet output: one file per table, typed columns, Snappy compression,
//! written in record batches so memory stays flat on large stores.

use crate::{columns, rows, Cell, ExportError, Kind, Table};
use arrow_array::builder::{BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use dateline_store::Store;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::path::Path;
use std::sync::Arc;

const BATCH_ROWS: usize = 8192;

enum Col {
    Str(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
}

impl Col {
    fn new(k: Kind) -> Col {
        match k {
            Kind::Str => Col::Str(StringBuilder::new()),
            Kind::Int => Col::Int(Int64Builder::new()),
            Kind::Float => Col::Float(Float64Builder::new()),
            Kind::Bool => Col::Bool(BooleanBuilder::new()),
            Kind::Date => Col::Date(Date32Builder::new()),
        }
    }

    fn push(&mut self, c: &Cell) {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
        match (self, c) {
            (Col::Str(b), Cell::Str(v)) => b.append_option(v.as_deref()),
            (Col::Int(b), Cell::Int(v)) => b.append_option(*v),
            (Col::Float(b), Cell::Float(v)) => b.append_option(*v),
            (Col::Bool(b), Cell::Bool(v)) => b.append_value(*v),
            (Col::Date(b), Cell::Date(v)) => b.append_option(v.map(|d| (d - epoch).num_days() as i32)),
            (Col::Str(b), _) => b.append_null(),
            (Col::Int(b), _) => b.append_null(),
            (Col::Float(b), _) => b.append_null(),
            (Col::Bool(b), _) => b.append_null(),
            (Col::Date(b), _) => b.append_null(),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Col::Str(b) => Arc::new(b.finish()),
            Col::Int(b) => Arc::new(b.finish()),
            Col::Float(b) => Arc::new(b.finish()),
            Col::Bool(b) => Arc::new(b.finish()),
            Col::Date(b) => Arc::new(b.finish()),
        }
    }
}

fn data_type(k: Kind) -> DataType {
    match k {
        Kind::Str => DataType::Utf8,
        Kind::Int => DataType::Int64,
        Kind::Float => DataType::Float64,
        Kind::Bool => DataType::Boolean,
        Kind::Date => DataType::Date32,
    }
}

/// The Arrow schema of a table.
pub fn schema(table: Table) -> Schema {
    Schema::new(
        columns(table)
            .iter()
            .map(|(name, k)| Field::new(*name, data_type(*k), !matches!(k, Kind::Bool) && *name != "article_id"))
            .collect::<Vec<_>>(),
    )
}

/// Writes every table as `<dir>/<table>.parquet`; returns the row counts.
pub fn write_parquet(store: &Store, dir: &Path, progress: &dyn Fn()) -> Result<Vec<(Table, u64)>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::Io { path: dir.to_path_buf(), source: e })?;
    let mut out = Vec::new();
    for table in Table::ALL {
        let path = dir.join(format!("{}.parquet", table.name()));
        let perr = |m: String| ExportError::Parquet { path: path.clone(), message: m };
        let file = std::fs::File::create(&path).map_err(|e| ExportError::Io { path: path.clone(), source: e })?;
        let schema = Arc::new(schema(table));
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        let mut writer =
            ArrowWriter::try_new(file, Arc::clone(&schema), Some(props)).map_err(|e| perr(e.to_string()))?;
        let kinds: Vec<Kind> = columns(table).iter().map(|c| c.1).collect();
        let mut cols: Vec<Col> = kinds.iter().map(|k| Col::new(*k)).collect();
        let mut pending = 0usize;
        let mut total = 0u64;
        let mut failure: Option<String> = None;
        let flush = |cols: &mut Vec<Col>, writer: &mut ArrowWriter<std::fs::File>| -> Result<(), String> {
            let arrays: Vec<ArrayRef> = cols.iter_mut().map(Col::finish).collect();
            let batch = RecordBatch::try_new(Arc::clone(&schema), arrays).map_err(|e| e.to_string())?;
            writer.write(&batch).map_err(|e| e.to_string())
        };
        store.for_each_document(|doc| {
            for row in rows(table, &doc) {
                for (c, cell) in cols.iter_mut().zip(&row) {
                    c.push(cell);
                }
                pending += 1;
                total += 1;
            }
            if pending >= BATCH_ROWS && failure.is_none() {
                if let Err(e) = flush(&mut cols, &mut writer) {
                    failure = Some(e);
                }
                pending = 0;
            }
            if table == Table::Articles {
                progress();
            }
            Ok(())
        })?;
        if let Some(e) = failure {
            return Err(perr(e));
        }
        if pending > 0 || total == 0 {
            flush(&mut cols, &mut writer).map_err(perr)?;
        }
        writer.close().map_err(|e| perr(e.to_string()))?;
        out.push((table, total));
    }
    Ok(out)
}
