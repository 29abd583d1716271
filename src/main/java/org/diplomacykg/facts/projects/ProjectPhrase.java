package org.diplomacykg.facts.projects;

import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.ProjectStatus;

/**
 * A noun phrase of one sentence that names or describes an undertaking.
 *
 * @param first     index of its first word
 * @param nameLast  index of the last word of a name told apart from the noun it shares with another
 *                  name ({@code Lạng Sơn–Hà Nội} in "the Lạng Sơn–Hà Nội and Móng Cái–Hải Phòng railway
 *                  lines"), or -1 when the name and the noun are one run of words
 * @param nounFirst index of the project noun's first word ({@code power} in "power transmission line")
 * @param head      index of the word that heads the phrase ({@code route} in "the X railway route")
 * @param last      index of its last word
 * @param named     true when the phrase has a name of its own, false when it describes
 *                  ({@code a railway linking A and B})
 * @param definite  true when a described phrase is definite ({@code the railway linking A and B}):
 *                  it may tell again of an undertaking the article has named
 * @param type      local name of the project-type concept
 * @param location  the place the phrase puts it in ({@code in Vientiane}), or null
 * @param status    where the clause says it stands, or null
 */
record ProjectPhrase(int first, int nameLast, int nounFirst, int head, int last, boolean named, boolean definite, String type,
                     EntityRef location, ProjectStatus status) {
}
