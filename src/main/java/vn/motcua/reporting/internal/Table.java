package vn.motcua.reporting.internal;

import java.util.List;

/** A report as a table for export: a title, column headers and rows of plain values. */
record Table(String title, List<String> headers, List<List<Object>> rows) {}
