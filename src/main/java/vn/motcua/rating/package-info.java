/**
 * The applicants' satisfaction rating (Decision 766/QĐ-TTg, group "Mức độ hài lòng"): the versioned
 * questions, one rating per dossier after its result was returned, given online through the
 * dossier's secret link or at the desk on a tablet the reception officer hands over, each rating
 * hash-chained to the one before and audited ({@code RATED}); and the tallies the reports and the
 * service index read ({@link vn.motcua.rating.Ratings}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rating")
package vn.motcua.rating;
