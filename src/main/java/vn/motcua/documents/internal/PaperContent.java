package vn.motcua.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one paper says, in reading order: the HTML template and the PDF writer lay out the same
 * content. Public (inside {@code internal}) so that Thymeleaf expressions can read it.
 *
 * @param agency the issuing agency, printed at the top left
 * @param reference the paper's number and symbol, printed under the agency; null for the register
 * @param dated place and date, printed under the national motto (Decree 30/2020/NĐ-CP, Annex I),
 *     e.g. "Xã An Bình, ngày 23 tháng 11 năm 2026"
 */
public record PaperContent(
    String number,
    String title,
    String agency,
    Reference reference,
    List<Block> blocks,
    String dated,
    List<Signature> signatures) {

  public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  public PaperContent {
    blocks = List.copyOf(blocks);
    signatures = List.copyOf(signatures);
  }

  public String nation() {
    return NATION;
  }

  public String motto() {
    return MOTTO;
  }

  /** The same paper with its number assigned (see {@link PaperNumbers}). */
  PaperContent numbered(int sequence) {
    return new PaperContent(
        number, title, agency, reference.numbered(sequence), blocks, dated, signatures);
  }

  /** The same paper as one of several of its kind for the dossier, told apart by {@code key}. */
  PaperContent onOccasion(String key) {
    Reference r = reference;
    return r == null
        ? this
        : new PaperContent(
            number,
            title,
            agency,
            new Reference(r.agencyCode(), r.issuedAt(), r.symbol(), r.number(), key),
            blocks,
            dated,
            signatures);
  }

  /** "Số: 15/GTN-UBND", or empty for a paper without a number (the register). */
  public String referenceLine() {
    return reference == null ? "" : reference.text();
  }

  /**
   * Number and symbol of a paper (Decree 30/2020/NĐ-CP, Annex I): the issuing agency numbers its
   * papers of each kind from 01 every year; the symbol is the paper's abbreviation and the
   * agency's.
   *
   * @param agencyCode the issuing agency
   * @param issuedAt the paper's date, whose year the number belongs to
   * @param number the sequence, null until the paper is issued
   * @param occasion tells apart papers of one kind for one dossier (empty when there is one)
   */
  public record Reference(
      String agencyCode, Instant issuedAt, String symbol, Integer number, String occasion) {

    Reference numbered(int sequence) {
      return new Reference(agencyCode, issuedAt, symbol, sequence, occasion);
    }

    /** "Số: 15/GTN-UBND"; numbers under 10 with a leading zero ("Số: 05/…"). */
    public String text() {
      return "Số: " + (number == null ? "......" : String.format("%02d", number)) + "/" + symbol;
    }
  }

  /** "Mẫu số 01". */
  public String formLabel() {
    return "Mẫu số " + number;
  }

  /** One part of a paper's body; {@link #kind()} tells templates which one. */
  public sealed interface Block permits Line, Items, Text, Table, Qr {
    String kind();
  }

  /** "label: value". */
  public record Line(String label, String value) implements Block {
    public Line {
      value = Objects.toString(value, "");
    }

    public String kind() {
      return "line";
    }
  }

  /** A label and a numbered list below it (documents received, items to supplement). */
  public record Items(String label, List<String> items) implements Block {
    public Items {
      items = List.copyOf(items);
    }

    public String kind() {
      return "items";
    }
  }

  /** A paragraph of running text. */
  public record Text(String text) implements Block {
    public String kind() {
      return "text";
    }
  }

  /**
   * A table; {@code widths} are the columns' shares of the page width in percent.
   *
   * @param rows cells as text, null cells printed empty
   */
  public record Table(List<String> headers, List<Integer> widths, List<List<String>> rows)
      implements Block {
    public Table {
      if (headers.size() != widths.size()) {
        throw new IllegalArgumentException("one width per column");
      }
      headers = List.copyOf(headers);
      widths = List.copyOf(widths);
      rows =
          rows.stream()
              .map(row -> row.stream().map(cell -> Objects.toString(cell, "")).toList())
              .toList();
    }

    public String kind() {
      return "table";
    }
  }

  /**
   * A QR code of {@code link} (a PNG), printed with the link in text under {@code label}: the
   * public status link on receipt 01.
   */
  public record Qr(String label, String link, byte[] png) implements Block {
    public String kind() {
      return "qr";
    }

    /** The image as a {@code data:} URI, for the HTML paper (the CSP allows img-src data:). */
    public String dataUri() {
      return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
    }
  }

  /** A signature box: the signer's role above, their name below the space to sign. */
  public record Signature(String role, String name) {
    public Signature {
      name = Objects.toString(name, "");
    }
  }
}
