package org.diplomacykg.facts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleFixtures;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.ParticipantRole;
import org.diplomacykg.facts.reading.ReadingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventRulesTest {
    private static final String STORY = "President Anna Berg paid a state visit to Sudland on March 3-4, during which she held talks "
            + "with Sudland President Olav Lind and delivered a policy speech at the National University of Sudland.\n\n"
            + "On the morning of March 3, the official welcoming ceremony for President Anna Berg and her husband Karl Berg "
            + "took place at the Presidential Palace.\n\n"
            + "After the talks, the two leaders witnessed the signing of nine cooperation documents.\n\n"
            + "Berg also met with Prime Minister Eva Holm and Olav Lind in Sudstad.\n\n"
            + "The prime ministers will co-chair the 12th Meeting of the Norland–Sudland Joint Committee in May.\n\n"
            + "Berg invited Olav Lind to visit Norland at an appropriate time.";

    private List<EventFact> events(Path dir, String name, String published, String body) throws Exception {
        Document doc = ArticleFixtures.document(dir, name, published, "SUDSTAD", body);
        return new EventRules().extract(new ReadingContext(doc, ArticleFixtures.mentions(doc)));
    }

    private static EventFact one(List<EventFact> events, EventType type) {
        List<EventFact> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), () -> type + ": " + events);
        return of.get(0);
    }

    /** The official and state visits among the events. */
    private static List<EventFact> visits(List<EventFact> events) {
        return events.stream().filter(e -> e.type() == EventType.OFFICIAL_VISIT || e.type() == EventType.STATE_VISIT).toList();
    }

    private static Set<String> who(EventFact e) {
        return e.participants().stream().map(p -> p.actor().slug()).collect(Collectors.toSet());
    }

    @Test
    void aVisitWithItsPartsDatesAndPlaces(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "a.txt", "2026-03-05", STORY);
        EventFact visit = one(events, EventType.STATE_VISIT);
        assertEquals("anna-berg-state-visit-to-sudland-2026-03", visit.slug());
        assertEquals("2026-03-03", visit.start().toString());
        assertEquals("2026-03-04", visit.end().toString());
        assertEquals("sudland", visit.place().slug());
        assertTrue(visit.participants().stream().anyMatch(p -> p.actor().slug().equals("anna-berg") && p.role() == ParticipantRole.GUEST));

        EventFact talks = one(events, EventType.TALKS);
        assertEquals(Set.of("anna-berg", "olav-lind"), who(talks));
        assertEquals(visit.slug(), talks.partOf());
        assertEquals("2026-03-talks-anna-berg-olav-lind", talks.slug());

        EventFact speech = one(events, EventType.SPEECH);
        assertEquals("national-university-of-sudland", speech.place().slug());

        EventFact ceremony = one(events, EventType.CEREMONY);
        assertEquals("2026-03-03", ceremony.date().toString());
        assertEquals("presidential-palace", ceremony.place().slug());
        assertTrue(who(ceremony).containsAll(Set.of("anna-berg", "karl-berg")));

        EventFact signing = one(events, EventType.DOCUMENT_SIGNING);
        assertEquals(9, signing.documentCount());
        assertEquals(Set.of("anna-berg", "olav-lind"), who(signing));
    }

    @Test
    void meetingWithTwoPeopleIsTwoMeetingsEachWithItsQuote(@TempDir Path dir) throws Exception {
        List<EventFact> meetings = events(dir, "a.txt", "2026-03-05", STORY).stream()
                .filter(e -> e.type() == EventType.MEETING).toList();
        assertEquals(2, meetings.size(), meetings::toString);
        assertEquals("Berg also met with Prime Minister Eva Holm", meetings.get(0).evidence().get(0).quote());
        assertTrue(meetings.get(1).evidence().get(0).quote().startsWith("Olav Lind"));
        assertTrue(meetings.stream().allMatch(m -> m.place() != null && m.place().slug().equals("sudstad")));
    }

    @Test
    void announcedEventsArePlanned(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "a.txt", "2026-03-05", STORY);
        EventFact session = one(events, EventType.COMMITTEE_SESSION);
        assertTrue(session.planned());
        assertEquals("12-norland-sudland-joint-committee-session", session.slug());
        assertEquals("2026-05", session.date().toString());
        // "invited Olav Lind to visit Norland at an appropriate time": an invitation, not yet an event
        assertTrue(events.stream().noneMatch(e -> e.planned() && e.type() == EventType.OFFICIAL_VISIT), events::toString);
    }

    @Test
    void theFutureOfAReportedClauseDoesNotPlanTheEventWhereItWasSaid(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "a.txt", "2026-03-05",
                "Closer ties will bring prosperity to the region, President Olav Lind said on Wednesday at a state banquet "
                        + "hosted by King Harald Berg.\n");
        EventFact banquet = one(events, EventType.CEREMONY);
        assertTrue(!banquet.planned(), banquet::toString);
        assertEquals("2026-03-04", banquet.date().toString());
    }

    @Test
    void whatWasScheduledWhenTheArticleWasWrittenIsPlanned(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "a.txt", "2026-03-05",
                "President Olav Lind arrived in Sudstad on Thursday and was scheduled to hold talks with Prime Minister Eva Holm.\n");
        EventFact talks = one(events, EventType.TALKS);
        assertTrue(talks.planned(), talks::toString);
    }

    @Test
    void aVisitOfNoStatedKindTakesTheKindTheArticleTellsLater(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "a.txt", "2026-03-05",
                "President Olav Lind returned home with six agreements from his first trip to Sudland.\n"
                        + "During the state visit, Lind and his host discussed fisheries.\n");
        EventFact visit = one(events, EventType.STATE_VISIT);
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.OFFICIAL_VISIT), events::toString);
        assertTrue(visit.participants().stream().anyMatch(p -> p.actor().slug().equals("olav-lind")), visit::toString);
    }

    /** Published on Monday 2 March 2026: "will arrive Wednesday" is 4 March; a visit no day reaches is dated by its month. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the guest's arrival, told in another sentence, dates the visit
            "Lind will arrive Wednesday and meet business leaders on Thursday, a spokesman said. | 2026-03-04",
            // another person's arrival does not
            "Prime Minister Eva Holm will arrive Wednesday for a fisheries forum. | 2026-03"})
    void aVisitNoDateReachesStartsOnTheDayItsGuestArrives(String arrival, String date, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "a.txt", "2026-03-02",
                "President Olav Lind will hold talks with President Anna Berg in Sudstad this week.\n"
                        + arrival + "\n"
                        + "Lind's visit is expected to deepen ties between the two countries.\n");
        EventFact visit = events.stream().filter(e -> e.type() == EventType.OFFICIAL_VISIT).findFirst().orElseThrow(() -> new AssertionError(events));
        assertEquals(date, String.valueOf(visit.date()), visit::toString);
    }

    @Test
    void aDatedInvitationIsAPlannedVisit(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "i.txt", "2026-03-05",
                "President Anna Berg invited Sudland President Olav Lind to pay an official visit to Norland next year.");
        EventFact invited = one(events, EventType.OFFICIAL_VISIT);
        assertTrue(invited.planned());
        assertEquals("norland", invited.place().slug());
        assertEquals("2027", invited.date().toString());
    }

    @Test
    void electionsNameWhoWasElected(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "e.txt", "2026-04-02",
                "Anna Berg was re-elected Speaker of the Parliament at its first session, which opened in Nordby on April 1.\n\n"
                        + "At the same sitting on April 1, the Parliament also re-elected Olav Lind as Deputy Speaker, "
                        + "and approved the nomination of Eva Holm as Prime Minister.\n\n"
                        + "The new Parliament was elected in a nationwide vote on February 22.");
        List<EventFact> elections = events.stream().filter(e -> e.type() == EventType.ELECTION).toList();
        assertEquals(4, elections.size(), events::toString);
        for (String who : List.of("anna-berg", "olav-lind", "eva-holm")) {
            EventFact e = elections.stream().filter(x -> who(x).contains(who)).findFirst().orElseThrow(() -> new AssertionError(who));
            assertEquals("2026-04-01", e.date().toString(), who); // the sentence's day, not the publication day
        }
        assertTrue(elections.stream().anyMatch(e -> e.participants().isEmpty() && "2026-02-22".equals(String.valueOf(e.date()))));
    }

    @Test
    void courtesyCallsReceptionsAndSpeeches(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "m.txt", "2026-04-02",
                "During the visit, Olav Lind paid courtesy calls on Anna Berg and Eva Holm.\n\n"
                        + "Receiving the Sudland delegation on April 1, Anna Berg praised the ties.\n\n"
                        + "In his closing speech, Olav Lind thanked the hosts.");
        List<EventFact> meetings = events.stream().filter(e -> e.type() == EventType.MEETING).toList();
        assertTrue(meetings.stream().anyMatch(m -> who(m).containsAll(Set.of("olav-lind", "eva-holm"))), events::toString);
        assertTrue(meetings.stream().anyMatch(m -> who(m).equals(Set.of("anna-berg")) && "2026-04-01".equals(String.valueOf(m.date()))),
                events::toString);
        assertEquals(Set.of("olav-lind"), who(one(events, EventType.SPEECH)));
    }

    @Test
    void aSessionAnnouncedAfterItsNameIsPlannedAndDatedByTheYear(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "p.txt", "2026-02-10",
                "The two sides agreed that the 13th Meeting of the Norland–Sudland Joint Committee would be held in Nordby next year.\n\n"
                        + "They agreed to hold the annual Norland – Sudland security dialogue in Sudstad in June.");
        EventFact session = one(events, EventType.COMMITTEE_SESSION);
        assertTrue(session.planned());
        assertEquals("2027", session.date().toString());
        EventFact dialogue = one(events, EventType.MEETING);
        assertTrue(dialogue.planned());
        assertEquals("2026-06", dialogue.date().toString());
        assertTrue(who(dialogue).containsAll(Set.of("norland", "sudland")), dialogue::toString);
    }

    @Test
    void theCongressToldAgainGivesItsSpan(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "c.txt", "2026-01-09",
                "The 9th Congress of the Norland People's Party closed in Nordby on January 8.\n\n"
                        + "The congress, held from January 6-8, elected a new Central Committee.");
        EventFact congress = one(events, EventType.CONGRESS);
        assertEquals("2026-01-06", congress.start().toString());
        assertEquals("2026-01-08", congress.end().toString());
    }

    @Test
    void theMinistersOfTheWelcomeSignAPlanBetweenMinistries(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "m.txt", "2026-05-07",
                "On May 6, in Sudstad, Minister Olav Lind chaired the official welcoming ceremony for Minister Anna Berg, "
                        + "who is on an official visit to Sudland from May 5 to 7.\n\n"
                        + "The two ministers then held talks at the ministry.\n\n"
                        + "At the end of the talks, the two ministers signed the 2026 cooperation plan between the two ministries.");
        EventFact signing = one(events, EventType.DOCUMENT_SIGNING);
        assertEquals(Set.of("anna-berg", "olav-lind"), who(signing));
        assertEquals("2026-05-06", signing.date().toString());
        assertEquals(Set.of("anna-berg", "olav-lind"), who(one(events, EventType.TALKS)));
    }

    @Test
    void aMeetingChairedAndAttendedByItsLeaders(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "t.txt", "2026-05-07",
                "The three leaders met on Wednesday at their second trilateral meeting in Sudstad.\n\n"
                        + "The meeting was chaired by Olav Lind and attended by Anna Berg and Eva Holm.");
        EventFact meeting = events.stream().filter(e -> e.type() == EventType.MEETING && e.label().contains("2026-05-06"))
                .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertTrue(who(meeting).containsAll(Set.of("anna-berg", "olav-lind", "eva-holm")), meeting::toString);
    }

    @Test
    void twoAgreementsSignedBeforeTheSameLeadersAreTwoSignings(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "v.txt", "2026-05-07",
                "Anna Berg and Olav Lind on Wednesday witnessed the signing of an agreement to build a wind farm in Nordby.\n\n"
                        + "The two leaders also witnessed the signing of an agreement on visa exemption for diplomats.");
        assertEquals(2, events.stream().filter(e -> e.type() == EventType.DOCUMENT_SIGNING).count(), events::toString);
    }

    @Test
    void anAnnouncedForumIsHeldByItsHost(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "f.txt", "2026-05-07",
                "The Nordic Council will hold a regional youth forum in Sudstad next month.");
        EventFact forum = one(events, EventType.MEETING);
        assertTrue(forum.planned());
        assertEquals("2026-06", forum.date().toString());
    }

    @Test
    void theTwoPrimeMinistersAreTheTalksPair(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "s.txt", "2026-04-02",
                "Anna Berg held talks with Olav Lind in Sudstad on April 1.\n\n"
                        + "After the talks, the two Prime Ministers witnessed the signing of five cooperation documents.");
        assertEquals(Set.of("anna-berg", "olav-lind"), who(one(events, EventType.DOCUMENT_SIGNING)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The two sides signed four cooperation agreements in Sudstad on April 1.",
            "After the talks, both countries signed four cooperation agreements in Sudstad on April 1."})
    void theTwoSidesAreTheStorysTwoCountries(String sentence, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "c.txt", "2026-04-02",
                "Norland and Sudland vowed to deepen their ties as Norland's minister visited Sudland.\n\n" + sentence);
        assertEquals(Set.of("norland", "sudland"), who(one(events, EventType.DOCUMENT_SIGNING)));
    }

    @Test
    void theCountriesALeadersPhraseCountsAreTheCommitteesSides(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "j.txt", "2026-05-02",
                "Officials said work began at once, with the ministers of both countries co-chairing the 3rd Meeting of the "
                        + "Norland–Sudland Joint Committee on May 1 in Sudstad. Norland and Sudland are neighbours.");
        assertTrue(who(one(events, EventType.COMMITTEE_SESSION)).containsAll(Set.of("norland", "sudland")));
    }

    @Test
    void aTitleWithoutANameIsThePersonTheStoryFollows(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "t.txt", "2026-04-02",
                "President Anna Berg arrived in Sudstad on Tuesday.\n\n"
                        + "On April 1, the Norlandic head of state held talks with Olav Lind at the Presidential Palace.");
        assertEquals(Set.of("anna-berg", "olav-lind"), who(one(events, EventType.TALKS)));
    }

    /** The second sentence is one the parser reads with "delivered" hung on "visits" as if it described them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "She also opened a trade fair, paid visits to veterans of Sudland, delivered a speech at the National University of Sudland, and joined a concert.",
            "She also visited a school, met retired teachers, delivered a speech at the National University of Sudland, and attended a concert."})
    void aVerbInAListSharesTheListsSubject(String sentence, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "l.txt", "2026-04-02",
                "President Anna Berg arrived in Sudstad on Tuesday for a two-day stay.\n\n" + sentence);
        assertEquals(Set.of("anna-berg"), who(one(events, EventType.SPEECH)));
    }

    @Test
    void whoMetIsTheVerbsOwnSubjectNotEveryoneTheSentenceNamedBefore(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "m.txt", "2026-04-02",
                "Berg also had an audience with Karl Berg and met with Sudland Prime Minister Eva Holm in Sudstad on April 1.");
        assertEquals(Set.of("anna-berg", "eva-holm"), who(one(events, EventType.MEETING)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "During her morning visit to the tomb of the national hero, Berg laid a wreath.|tomb",
            "Berg will end her stay with a visit to two Sudland provinces.|provinces",
            "She ended the day with a short visit to the National University of Sudland.|University"})
    void aVisitToASiteIsAStopOnTheTripNotAnotherVisit(String sentence, String site, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "v.txt", "2026-03-05",
                "President Anna Berg paid a state visit to Sudland on March 3-4.\n\n" + sentence);
        List<EventFact> visits = events.stream()
                .filter(e -> e.type() == EventType.STATE_VISIT || e.type() == EventType.OFFICIAL_VISIT).toList();
        assertEquals(1, visits.size(), visits::toString);
        assertTrue(visits.get(0).evidence().stream().noneMatch(ev -> ev.quote().contains(site)), visits::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The trip, which also included talks to business leaders in Sudstad, was Berg's first abroad.",
            "Berg gave talks to students and investors during her stay in Sudstad."})
    void talksToAnAudienceAreNoTalks(String sentence, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "k.txt", "2026-03-05", sentence);
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.TALKS), events::toString);
    }

    @Test
    void talksWithSomeoneAreStillTalks(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "k.txt", "2026-03-05",
                "The trip, which also included talks with Olav Lind in Sudstad on March 4, was Berg's first abroad.");
        assertTrue(who(one(events, EventType.TALKS)).contains("olav-lind"));
    }

    @Test
    void aVisitToTheCountryIsStillAVisit(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "w.txt", "2026-03-05",
                "President Anna Berg paid a state visit to Sudland on March 3-4.\n\n"
                        + "It was her first visit to the country since 2020, Berg said at a banquet.");
        EventFact visit = one(events, EventType.STATE_VISIT);
        assertTrue(visit.evidence().stream().anyMatch(ev -> ev.sentence() > 0), visit::toString);
    }

    @Test
    void everyQuoteIsTheTextAtItsOffsets(@TempDir Path dir) throws Exception {
        Document doc = ArticleFixtures.document(dir, "a.txt", "2026-03-05", "SUDSTAD", STORY);
        for (EventFact e : new EventRules().extract(new ReadingContext(doc, ArticleFixtures.mentions(doc)))) {
            for (Evidence ev : e.evidence()) {
                assertEquals(ev.quote(), doc.slice(ev.begin(), ev.end()), e.slug());
            }
        }
    }

    @Test
    void weekdaysAndPhoneCalls(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "b.txt", "2026-01-28",
                "President Anna Berg held phone talks with Sudland President Olav Lind on Monday.");
        EventFact call = one(events, EventType.PHONE_CALL);
        assertEquals("2026-01-26", call.date().toString());
        assertNotNull(call.evidence().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Norland always treasures its ties with Sudland, Anna Berg said while receiving Olav Lind in Nordstad on March 4.",
            "Anna Berg hosted Olav Lind at her official residence in Nordstad on March 4."})
    void aReceptionToldByItsVerbIsAMeetingOfHostAndGuest(String body, @TempDir Path dir) throws Exception {
        EventFact meeting = one(events(dir, "r.txt", "2026-03-05", body), EventType.MEETING);
        assertTrue(who(meeting).containsAll(Set.of("anna-berg", "olav-lind")), meeting::toString);
    }

    @Test
    void aPrizeOrALetterReceivedIsNoMeeting(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "p.txt", "2026-03-05", "Norland received a letter of thanks from the Sudland government.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.MEETING), events::toString);
    }

    @Test
    void aVisitWhoseGuestIsAPronounIsTheGuestOfTheStory(@TempDir Path dir) throws Exception {
        EventFact visit = one(events(dir, "v.txt", "2026-03-05", "Olav Lind thanked Norland for its support.\n\n"
                + "He paid an official visit to Norland on March 2 at the invitation of President Anna Berg."), EventType.OFFICIAL_VISIT);
        assertEquals("olav-lind-official-visit-to-norland-2026-03", visit.slug());
        assertEquals("2026-03-02", visit.date().toString());
    }

    @Test
    void theOneWelcomedOnAVisitIsItsGuest(@TempDir Path dir) throws Exception {
        EventFact visit = one(events(dir, "w.txt", "2026-03-05",
                "Anna Berg warmly welcomed Olav Lind and his delegation on a state visit to Norland."), EventType.STATE_VISIT);
        assertTrue(visit.participants().stream().anyMatch(p -> p.actor().slug().equals("olav-lind") && p.role() == ParticipantRole.GUEST),
                visit::toString);
    }

    @Test
    void aVisitOfNoStatedKindToldAsNewsIsKeptAndDatedByItsClause(@TempDir Path dir) throws Exception {
        // the date hangs on "arrived", the verb that tells the visit; no other visit to join
        EventFact visit = one(events(dir, "k.txt", "2026-03-05",
                "Olav Lind on Tuesday arrived in Nordby, Norland, on his first visit to the country."), EventType.OFFICIAL_VISIT);
        assertEquals("2026-03-03", visit.date().toString());
        assertTrue(visit.participants().stream().anyMatch(p -> p.actor().slug().equals("olav-lind") && p.role() == ParticipantRole.GUEST));
        // a visit under way when the report was written, with no date told: the month of publication
        EventFact ongoing = one(events(dir, "o.txt", "2026-03-05",
                "Olav Lind is on a two-day visit to Norland, his first since the two countries signed a trade pact."), EventType.OFFICIAL_VISIT);
        assertEquals("2026-03", ongoing.date().toString());
    }

    @Test
    void anInvitedGuestIsTheOneInvitedNotTheHost(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "i.txt", "2026-03-05", "Anna Berg invited Olav Lind to pay an official visit to Norland in 2027.");
        EventFact visit = one(events, EventType.OFFICIAL_VISIT);
        assertTrue(visit.planned());
        assertTrue(visit.participants().stream().anyMatch(p -> p.actor().slug().equals("olav-lind") && p.role() == ParticipantRole.GUEST),
                visit::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the talks' partner deep in a run of titles, the speaker the subject of the main clause
            "During talks with Secretary of the Sudland Labour Party and Chairman of the Sudstad council Olav Lind on Monday, Anna Berg said trade would grow.",
            // "their talks": the subject's and the object's
            "Anna Berg told Olav Lind during their talks in Sudstad that the border would stay open."})
    void talksTakeTheirPeopleFromTheClause(String body, @TempDir Path dir) throws Exception {
        EventFact talks = one(events(dir, "t.txt", "2026-03-05", body), EventType.TALKS);
        assertTrue(who(talks).containsAll(Set.of("anna-berg", "olav-lind")), talks::toString);
    }

    @Test
    void anEventReportedWithoutItsPartiesTakesThoseOfTheEventBefore(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "u.txt", "2026-03-05",
                "Anna Berg held talks with Olav Lind in Sudstad on March 3.\n\nAn accord on fisheries was inked after that.");
        EventFact signing = one(events, EventType.DOCUMENT_SIGNING);
        assertEquals(Set.of("anna-berg", "olav-lind"), who(signing));
        assertEquals("2026-03-03", signing.date().toString());
    }

    @Test
    void aSigningOnlyConsideredIsNoEvent(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "c.txt", "2026-03-05",
                "Anna Berg held talks with Olav Lind in Sudstad on March 3.\n\nThe two sides should consider signing an accord on fisheries, she said.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DOCUMENT_SIGNING), events::toString);
    }

    @Test
    void theOneWhoTookPartInACeremonyIsItsParticipant(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "p.txt", "2026-03-05",
                "Anna Berg arrived in Sudstad on Tuesday.\n\nAt the Presidential Palace, she took part in the official welcoming ceremony.");
        EventFact ceremony = one(events, EventType.CEREMONY);
        assertTrue(who(ceremony).contains("anna-berg"), ceremony::toString);
        assertEquals("2026-03-03", ceremony.date().toString());
    }

    @Test
    void aMeetingComeForTakesTheComersAndTheDayTheyCame(@TempDir Path dir) throws Exception {
        // the day told twice, as a weekday and as a date, is one day
        List<EventFact> events = events(dir, "r.txt", "2026-03-05",
                "Anna Berg arrived in Sudstad on Tuesday (March 3) morning for the Norland-Sudland Leaders' Retreat hosted by Olav Lind.");
        EventFact retreat = one(events, EventType.MEETING);
        assertEquals(Set.of("anna-berg", "olav-lind"), who(retreat));
        assertEquals("2026-03-03", retreat.date().toString());
    }

    @Test
    void aVisitToldWithItsGuestButNoHostIsKept(@TempDir Path dir) throws Exception {
        Document doc = ArticleFixtures.document(dir, "h.txt", "2026-03-05", "Reuters", "Anna Berg thanked her hosts for the talks.\n\n"
                + "Olav Lind’s visit showed the close ties between the two countries, Berg said.");
        List<EventFact> events = new EventRules().extract(new ReadingContext(doc, ArticleFixtures.mentions(doc)));
        EventFact visit = one(events, EventType.OFFICIAL_VISIT);
        assertTrue(visit.participants().stream().anyMatch(p -> p.actor().slug().equals("olav-lind") && p.role() == ParticipantRole.GUEST),
                visit::toString);
        assertEquals("olav-lind-official-visit-2026-03", visit.slug());
    }

    @Test
    void aListOfPeopleMetWithTheirTitlesIsOneMeetingWithEach(@TempDir Path dir) throws Exception {
        List<EventFact> meetings = events(dir, "l.txt", "2026-03-05",
                "On March 3, Anna Berg also met Olav Lind, President of Sudland and leader of the Sudland Labour Party, "
                        + "and Eva Holm, Prime Minister of Sudland.").stream().filter(e -> e.type() == EventType.MEETING).toList();
        assertEquals(2, meetings.size(), meetings::toString);
        assertTrue(meetings.stream().anyMatch(m -> who(m).contains("olav-lind") && !who(m).contains("eva-holm")), meetings::toString);
        EventFact holm = meetings.stream().filter(m -> who(m).contains("eva-holm")).findFirst().orElseThrow();
        assertTrue(holm.evidence().get(0).quote().contains("Eva Holm, Prime Minister of Sudland"), holm::toString);
    }

    @Test
    void aSigningOfHistoryOrToldAgainIsNoSigningOfItsOwn(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "h.txt", "2026-03-05",
                "Anna Berg held talks with Olav Lind in Sudstad on March 3, when the two leaders witnessed the signing of an accord on fisheries.\n\n"
                        + "Berg said the signing of the accord was a step forward.\n\n"
                        + "They agreed to mark 45 years of the signing of the Norland-Sudland Treaty of Friendship.\n\n"
                        + "Lind spoke at a joint press conference after the talks.");
        EventFact signing = one(events, EventType.DOCUMENT_SIGNING);
        assertEquals("2026-03-03", signing.date().toString());
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.MEETING), events::toString);
        List<EventFact> anniversary = events(dir, "y.txt", "2026-03-05",
                "Anna Berg and Olav Lind agreed to mark 45 years of the signing of the Norland-Sudland Treaty of Friendship.");
        assertTrue(anniversary.stream().noneMatch(e -> e.type() == EventType.DOCUMENT_SIGNING), anniversary::toString);
    }

    @Test
    void whoseAdviserSomeoneIsTakesNoPartInHerMeeting(@TempDir Path dir) throws Exception {
        EventFact meeting = one(events(dir, "a.txt", "2026-03-05",
                "Officials said that Eva Holm, Olav Lind’s special adviser, met with Anna Berg on March 3."), EventType.MEETING);
        assertEquals(Set.of("eva-holm", "anna-berg"), who(meeting));
        // the quote names who met, the subject before the verb
        assertTrue(meeting.evidence().get(0).quote().startsWith("Eva Holm, Olav Lind’s special adviser, met with Anna Berg"), meeting::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "In a memorandum on fisheries signed between Norland and Sudland in September 2025, the two sides listed ten projects.",
            "The deals signed by Norland and Sudland in September 2025 cover fisheries and energy."})
    void aDocumentsOwnClauseTellsItsSigningAndItsSigners(String body, @TempDir Path dir) throws Exception {
        EventFact signing = one(events(dir, "s.txt", "2026-03-05", body), EventType.DOCUMENT_SIGNING);
        assertEquals(Set.of("norland", "sudland"), who(signing));
        assertEquals("2025-09", signing.date().toString());
    }

    @Test
    void aKnownDocumentSignedIsTheSigningToldBefore(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "k.txt", "2026-03-05",
                "Norland and Sudland signed six agreements in Sudstad on March 3.\n\n"
                        + "The first memorandum signed between the two governments concerns fisheries.");
        EventFact signing = one(events, EventType.DOCUMENT_SIGNING);
        assertEquals(Set.of("norland", "sudland"), who(signing));
    }

    @Test
    void aNumberedSummitTakesTheMembersItsNameNames(@TempDir Path dir) throws Exception {
        EventFact summit = one(events(dir, "n.txt", "2026-03-05",
                "Anna Berg attended the 12th Norland People's Party Summit in Nordby on March 3."), EventType.MEETING);
        assertTrue(who(summit).containsAll(Set.of("anna-berg", "norland-peoples-party")), summit::toString);
    }

    private List<EventFact> eventsWithBodies(Path dir, String body) throws Exception {
        Document doc = ArticleFixtures.document(dir, "b.txt", "2026-03-05", "SUDSTAD", body);
        org.diplomacykg.mention.Mentions mentions = org.diplomacykg.mention.FixedMentions.builder()
                .person("Anna Berg", "Berg").person("Olav Lind", "Lind")
                .country("Norland").country("Sudland")
                .org("Norland Coast Guard Command").org("Coast Guard Command of the Sudland Navy")
                .org("Norland Fisheries Ministry").org("Sudland Fisheries Ministry")
                .place("Sudstad", "Sudland")
                .build(doc);
        return new EventRules().extract(new ReadingContext(doc, mentions));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Norland Coast Guard Command and the Coast Guard Command of the Sudland Navy train together. "
                    + "Anna Berg briefed Olav Lind on earlier talks between the two Coast Guard Commands.",
            "The Norland Fisheries Ministry and the Sudland Fisheries Ministry share data. "
                    + "Talks between the two fisheries ministries took place in Sudstad on March 3."})
    void talksBetweenTheTwoOfAKindAreTheTalksOfTheBodiesOfThatKind(String body, @TempDir Path dir) throws Exception {
        EventFact talks = one(eventsWithBodies(dir, body), EventType.TALKS);
        assertEquals(2, who(talks).size(), talks::toString);
        assertTrue(who(talks).stream().allMatch(slug -> slug.contains("coast-guard-command") || slug.contains("fisheries-ministry")),
                talks::toString);
        assertTrue(who(talks).stream().noneMatch(slug -> slug.equals("olav-lind") || slug.equals("anna-berg")), talks::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Talks were held between Anna Berg and Olav Lind in Sudstad on Tuesday.",
            "Bilateral talks were held in Sudstad on Tuesday between Anna Berg and Olav Lind."})
    void theClauseThatSaysAnEventHappenedNamesItsPeople(String body, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "h.txt", "2026-03-05", body);
        EventFact e = events.stream().filter(x -> x.type() == EventType.TALKS || x.type() == EventType.MEETING).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(Set.of("anna-berg", "olav-lind"), who(e));
        assertEquals("2026-03-03", e.date().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "President Anna Berg arrived in Sudstad on Monday. Sudland President Olav Lind greeted Berg at the airport.\n\n"
                    + "The two leaders discussed trade and border security on Tuesday.",
            "President Anna Berg arrived in Sudstad on Monday. Sudland President Olav Lind welcomed her warmly.\n\n"
                    + "Both presidents discussed the fisheries dispute at length.",
            "Norland President Anna Berg and Sudland President Olav Lind discussed the border in Sudstad on Tuesday."})
    void twoSidesWhoDiscussSomethingHoldTalks(String body, @TempDir Path dir) throws Exception {
        EventFact talks = one(events(dir, "d.txt", "2026-03-05", body), EventType.TALKS);
        assertEquals(Set.of("anna-berg", "olav-lind"), who(talks), talks::toString);
    }

    @Test
    void onePersonDiscussingATopicIsNoTalks(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "e.txt", "2026-03-05",
                "Norland President Anna Berg discussed the budget in a radio interview on Tuesday.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.TALKS), events::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Norland President Anna Berg met Sudland President Olav Lind in Sudstad on Tuesday. The two leaders discussed trade.",
            "Anna Berg held a phone call with Olav Lind on Tuesday.\n\nBoth presidents discussed the fisheries dispute."})
    void whatTwoSidesDiscussedAtAMeetingToldBeforeIsNoSecondEvent(String body, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "f.txt", "2026-03-05", body);
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.TALKS), events::toString);
        assertEquals(1, events.size(), events::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Norland President Anna Berg spoke to reporters in Nordstad on Monday.\n\n"
                    + "Olav Lind's visit to Norland followed his trip to Westland, where he met with Prime Minister Eva Holm.",
            "Norland President Anna Berg spoke to reporters in Nordstad on Monday.\n\n"
                    + "Sudland President Olav Lind, who toured Westland last week, said he met with Prime Minister Eva Holm."})
    void heIsThePersonTheSentenceNamedBeforeNotTheLastSentencesSubject(String body, @TempDir Path dir) throws Exception {
        EventFact meeting = one(events(dir, "g.txt", "2026-03-05", body), EventType.MEETING);
        assertEquals(Set.of("olav-lind", "eva-holm"), who(meeting), meeting::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the parser hangs the place on the person met, not on the verb
            "Anna Berg met with the Minister of Defence of Sudland Gen. Olav Lind in Sudstad on Thursday. | MEETING | sudstad",
            // a verb of happening without subject or object: the event is the sentence's first
            "He spoke at the fifth meeting of the Norland–Sudland Joint Committee held in Sudstad on March 3. | COMMITTEE_SESSION | sudstad",
            // the place is hung on what was opened
            "Anna Berg attended the opening of the Friendship Park of Sudland in Nordby on Tuesday. | INAUGURATION | nordby",
            "Anna Berg and Olav Lind agreed to hold a joint conference on their cooperation in Sudstad in May. | MEETING | sudstad",
            "An official welcome ceremony was held for Anna Berg at the Presidential Palace. | CEREMONY | presidential-palace",
            // told where it happened, not where it was reported from
            "Anna Berg held talks with Olav Lind in Nordby on Tuesday. | TALKS | nordby",
            // news of the days before the article, placed nowhere: where the article is filed from
            "Anna Berg held talks with Olav Lind on Tuesday. | TALKS | sudstad",
            "Anna Berg recalled that she had held talks with Olav Lind on January 6, 2025. | TALKS | -"})
    void anEventTakesPlaceWhereItsWordsSay(String body, EventType type, String place, @TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "p.txt", "2026-03-05", body);
        List<EventFact> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), events::toString);
        assertEquals(place.equals("-") ? null : place, of.get(0).place() == null ? null : of.get(0).place().slug(), events::toString);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "President Anna Berg held a summit with Sudland President Olav Lind on Tuesday.|TALKS",
            "Anna Berg and Olav Lind at a meeting in Nordstad on Tuesday agreed to raise trade.|MEETING",
            "Anna Berg met Olav Lind on Monday. The two met again on Tuesday on the sidelines of the forum.|MEETING",
            "Anna Berg held talks with Olav Lind on Monday. The two leaders will meet again in Sudstad next week.|MEETING",
            "Olav Lind was warmly welcomed at the Nordstad airport by President Anna Berg on Tuesday.|MEETING",
            "Olav Lind and his delegation were received in a royal audience by President Anna Berg on Tuesday.|MEETING"})
    void aMeetingToldByItsClauseNotByAMeetingWord(String body, EventType type, @TempDir Path dir) throws Exception {
        List<EventFact> of = events(dir, "m.txt", "2026-03-05", body).stream().filter(e -> e.type() == type).toList();
        assertTrue(of.stream().anyMatch(e -> who(e).containsAll(Set.of("anna-berg", "olav-lind"))), of::toString);
    }

    @Test
    void aProposalWelcomedIsNoMeeting(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "w.txt", "2026-03-05",
                "The proposal of Olav Lind was welcomed by President Anna Berg on Tuesday.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.MEETING), events::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "President Olav Lind will be in Nordstad for a two-day visit from today.",
            "President Olav Lind arrived on Wednesday for a nine-day visit.",
            "President Olav Lind promised support while he was visiting the neighbouring country on Wednesday."})
    void aVisitFirstToldWithItsLengthOrItsCountryIsKept(String body, @TempDir Path dir) throws Exception {
        List<EventFact> visits = visits(events(dir, "v.txt", "2026-03-05", "Norland and Sudland are neighbours.\n\n" + body));
        assertEquals(1, visits.size(), visits::toString);
        assertTrue(who(visits.get(0)).contains("olav-lind"), visits::toString);
    }

    @Test
    void aSigningOverseenByTheLeadersIsTheirs(@TempDir Path dir) throws Exception {
        EventFact signing = one(events(dir, "s.txt", "2026-03-05",
                "Anna Berg and Olav Lind oversaw the signing of two memorandums of understanding in Nordstad on Tuesday."),
                EventType.DOCUMENT_SIGNING);
        assertTrue(who(signing).containsAll(Set.of("anna-berg", "olav-lind")), signing::toString);
    }

    @Test
    void aYearAfterSinceDatesNotTheVisit(@TempDir Path dir) throws Exception {
        List<EventFact> visits = visits(events(dir, "s.txt", "2026-03-05",
                "Anna Berg said Olav Lind's presence marked his first visit to Sudland since becoming president in 2021."));
        assertEquals(1, visits.size(), visits::toString);
        assertTrue(visits.get(0).date() == null || !String.valueOf(visits.get(0).date()).startsWith("2021"), visits::toString);
    }

    @Test
    void aVisitsQuoteNamesItsVisitorWhenTheVisitIsHis(@TempDir Path dir) throws Exception {
        EventFact visit = events(dir, "q.txt", "2026-03-05",
                "Two agreements were signed during Norlandic President Olav Lind's official visit to Sudland on Thursday.").stream()
                .filter(e -> e.type() == EventType.OFFICIAL_VISIT).findFirst().orElseThrow();
        assertTrue(visit.evidence().stream().anyMatch(q -> q.quote().startsWith("Norlandic President Olav Lind's official visit")),
                visit::toString);
    }

    @Test
    void aStateVisitOfANamedGuestToAPlaceTheArticleDescribesIsKept(@TempDir Path dir) throws Exception {
        List<EventFact> visits = events(dir, "x.txt", "2026-03-05",
                "Norland and Sudland on Sunday inked 18 agreements following the conclusion of the state visit of President "
                        + "Olav Lind to the Himalayan nation.").stream()
                .filter(e -> e.type() == EventType.STATE_VISIT).toList();
        assertEquals(1, visits.size(), visits::toString);
        assertTrue(who(visits.get(0)).contains("olav-lind"), visits::toString);
    }

    @Test
    void talksBetweenNamedSidesToldInPassingTookPlaceOnTheStorysDay(@TempDir Path dir) throws Exception {
        EventFact talks = one(events(dir, "t.txt", "2026-03-05",
                "Norland and Sudland today signed seven agreements.\n\n"
                        + "The agreements were signed after delegation level talks between Anna Berg and Olav Lind in Sudstad."),
                EventType.TALKS);
        assertEquals("2026-03-05", String.valueOf(talks.date()), talks::toString);
        assertTrue(who(talks).containsAll(Set.of("anna-berg", "olav-lind")), talks::toString);
    }

    @Test
    void talksHeldBetweenTwoLeadersAreNews(@TempDir Path dir) throws Exception {
        EventFact talks = one(events(dir, "h.txt", "2026-03-05",
                "Norland and Sudland agreed to raise two-way trade during talks held between Anna Berg and Olav Lind on Thursday."),
                EventType.TALKS);
        assertTrue(who(talks).containsAll(Set.of("anna-berg", "olav-lind")), talks::toString);
    }

    @Test
    void aMeetingBetweenTheLeadersToldInPassingTookPlaceOnTheStorysDay(@TempDir Path dir) throws Exception {
        EventFact meeting = one(events(dir, "m.txt", "2026-03-05",
                "Anna Berg and Olav Lind today witnessed the exchange of three documents.\n\n"
                        + "The exchange ceremony, held at the Presidential Palace, followed a bilateral meeting between the two leaders."),
                EventType.MEETING);
        assertEquals("2026-03-05", String.valueOf(meeting.date()), meeting::toString);
    }

    @Test
    void aSeriesMeetingNamedInPassingIsNotDatedByTheStorysDay(@TempDir Path dir) throws Exception {
        List<EventFact> meetings = events(dir, "r.txt", "2026-03-05",
                "Anna Berg and Olav Lind today held talks in Sudstad.\n\n"
                        + "The two sides agreed to implement the results of the Third Meeting between the heads of the two Parties.")
                .stream().filter(e -> e.type() == EventType.MEETING).toList();
        assertTrue(meetings.stream().noneMatch(m -> "2026-03-05".equals(String.valueOf(m.date()))), meetings::toString);
    }

    @Test
    void courtesyVisitsToTwoOfficeHoldersAreTwoMeetings(@TempDir Path dir) throws Exception {
        List<EventFact> meetings = events(dir, "c.txt", "2026-03-05",
                "Anna Berg paid courtesy visits to President Olav Lind and Speaker Eva Holm on Tuesday.").stream()
                .filter(e -> e.type() == EventType.MEETING).toList();
        assertEquals(2, meetings.size(), meetings::toString);
        assertTrue(meetings.stream().allMatch(m -> who(m).contains("anna-berg")), meetings::toString);
    }

    @Test
    void actsThatAreCeremoniesAreOneEventEachWithTheSidesOfTheDay(@TempDir Path dir) throws Exception {
        List<EventFact> events = events(dir, "f.txt", "2026-03-05",
                "Anna Berg and Olav Lind today held talks in Sudstad.\n\n"
                        + "They jointly flagged off the cargo train from Nordby to Sudstad.\n\n"
                        + "They also laid the foundation stone of the Nordby oil pipeline.\n\n"
                        + "They also inaugurated an integrated check post on the border.");
        List<EventFact> ceremonies = events.stream().filter(e -> e.type() == EventType.CEREMONY).toList();
        assertEquals(2, ceremonies.size(), events::toString);
        EventFact opening = one(events, EventType.INAUGURATION);
        assertTrue(who(opening).containsAll(Set.of("anna-berg", "olav-lind")), opening::toString);
    }
}
