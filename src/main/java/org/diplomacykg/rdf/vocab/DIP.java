package org.diplomacykg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the diplomacy ontology, namespace {@value #NS} (prefix {@code dip:}), as Jena
 * constants. Each constant mirrors a term declared in {@code ontology/diplomacy.ttl} or
 * {@code ontology/vocabularies.ttl}; a test fails if a constant is missing there, or if the
 * ontology declares a {@code dip:} term that has no constant here.
 *
 * <p>Classes and concepts are {@link Resource}s, properties are {@link Property}s. The 14 event
 * types ({@link #StateVisit} ... {@link #JointStatement}) are both subclasses of {@link #Event}
 * and SKOS concepts of {@link #EventTypeScheme}. Role concepts are not here: they live in the
 * entity namespace, see {@link KG#role(String)}.
 *
 * <pre>{@code
 * Model m = ModelFactory.createDefaultModel();
 * Resource talks = KG.entity("event", "talks-to-lam-thongloun-sisoulith-2025-12-01");
 * m.add(talks, RDF.type, DIP.Talks)
 *  .add(talks, DIP.participant, KG.entity("person", KG.slug("Tô Lâm")))
 *  .add(talks, DIP.date, "2025-12-01", XSDDatatype.XSDdate);
 * }</pre>
 */
public final class DIP {

    /** The namespace of the ontology's terms: {@value}. */
    public static final String NS = "https://w3id.org/diplomacy-kg/ontology#";

    /** The preferred prefix of {@link #NS}: {@value}. */
    public static final String PREFIX = "dip";

    private DIP() {}

    /** @return the namespace, {@value #NS} */
    public static String getURI() {
        return NS;
    }

    /**
     * A term of this namespace by local name, for concepts the extraction names through enums
     * ({@code term("Talks")}, {@code term("EconomyTrade")}). The caller's enum values are checked
     * against the ontology by tests.
     */
    public static Resource term(String localName) {
        return resource(localName);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    // ------------------------------------------------------------------ classes

    /** One news article file, the unit from which facts are extracted. */
    public static final Resource Article = resource("Article");
    /** An exact span of article text (quote, begin and end index) supporting a fact. */
    public static final Resource Evidence = resource("Evidence");
    /** A person, organisation or country that acts in diplomacy. */
    public static final Resource Actor = resource("Actor");
    /** A human being; subclass of {@link #Actor}. */
    public static final Resource Person = resource("Person");
    /** An organised group that acts as one; subclass of {@link #Actor}. */
    public static final Resource Organization = resource("Organization");
    /** A sovereign state, as actor and territory; subclass of {@link #Actor}. */
    public static final Resource Country = resource("Country");
    /** A place below country level: city, province, building, border gate. */
    public static final Resource Place = resource("Place");
    /** An office or title (a concept of {@link #RoleScheme}). */
    public static final Resource Role = resource("Role");
    /** A person holding a role in an organisation or country, as an article states it. */
    public static final Resource RoleAssignment = resource("RoleAssignment");
    /** Something that happened or is announced to happen. */
    public static final Resource Event = resource("Event");
    /** A concept of {@link #EventTypeScheme}; each is also a subclass of {@link #Event}. */
    public static final Resource EventType = resource("EventType");
    /** An order, medal, decoration or honorary title. */
    public static final Resource Award = resource("Award");
    /** An undertaking by one or more parties. */
    public static final Resource Commitment = resource("Commitment");
    /** A quantity a commitment aims at. */
    public static final Resource Target = resource("Target");
    /** A named undertaking to build or run something. */
    public static final Resource Project = resource("Project");
    /** A concept of {@link #PolicyAreaScheme}. */
    public static final Resource PolicyArea = resource("PolicyArea");
    /** A concept of {@link #ProjectTypeScheme}. */
    public static final Resource ProjectType = resource("ProjectType");
    /** A concept of {@link #ProjectStatusScheme}. */
    public static final Resource ProjectStatus = resource("ProjectStatus");
    /** A concept of {@link #ModalityScheme}. */
    public static final Resource Modality = resource("Modality");

    // ------------------------------------------------------------------ event types (classes and concepts)

    /** Visit of the highest protocol rank (CAMEO 042/043, PLOVER CONSULT). */
    public static final Resource StateVisit = resource("StateVisit");
    /** Formal visit below state-visit rank (CAMEO 042/043, PLOVER CONSULT). */
    public static final Resource OfficialVisit = resource("OfficialVisit");
    /** Formal discussions between leaders or delegations (CAMEO 040/046, PLOVER CONSULT). */
    public static final Resource Talks = resource("Talks");
    /** Actors meet and confer, not designated formal talks (CAMEO 040/044, PLOVER CONSULT). */
    public static final Resource Meeting = resource("Meeting");
    /** Formal symbolic occasion (CAMEO 017). */
    public static final Resource Ceremony = resource("Ceremony");
    /** Address delivered to an audience (CAMEO 010). */
    public static final Resource Speech = resource("Speech");
    /** Conferring of an order, medal or title (CAMEO 051, PLOVER SUPPORT). */
    public static final Resource AwardConferral = resource("AwardConferral");
    /** Signing or exchange of agreements and documents (CAMEO 057, PLOVER SUPPORT). */
    public static final Resource DocumentSigning = resource("DocumentSigning");
    /** Formal opening or ground-breaking of a project (CAMEO 017). */
    public static final Resource Inauguration = resource("Inauguration");
    /** Session of a standing joint body (CAMEO 040/046, PLOVER CONSULT). */
    public static final Resource CommitteeSession = resource("CommitteeSession");
    /** Consultation by telephone or video link (CAMEO 041, PLOVER CONSULT). */
    public static final Resource PhoneCall = resource("PhoneCall");
    /** Congress or plenum of a party or mass organisation. */
    public static final Resource Congress = resource("Congress");
    /** Election or re-election to an office, or of a legislature. */
    public static final Resource Election = resource("Election");
    /** Issuing of a joint statement or declaration (CAMEO 010/019). */
    public static final Resource JointStatement = resource("JointStatement");

    // ------------------------------------------------------------------ concept schemes

    /** The event typology. */
    public static final Resource EventTypeScheme = resource("EventTypeScheme");
    /** The policy areas of commitments. */
    public static final Resource PolicyAreaScheme = resource("PolicyAreaScheme");
    /** The kinds of project. */
    public static final Resource ProjectTypeScheme = resource("ProjectTypeScheme");
    /** The stages of a project. */
    public static final Resource ProjectStatusScheme = resource("ProjectStatusScheme");
    /** How firmly a commitment is stated. */
    public static final Resource ModalityScheme = resource("ModalityScheme");
    /** Offices and titles; its concepts are {@code https://w3id.org/diplomacy-kg/id/role/{slug}}. */
    public static final Resource RoleScheme = resource("RoleScheme");

    // ------------------------------------------------------------------ properties: articles and evidence

    /** Article → its file name without folders (xsd:string). */
    public static final Property sourceFile = property("sourceFile");
    /** Article → SHA-256 of the file bytes, 64 lowercase hex digits (xsd:string). */
    public static final Property contentHash = property("contentHash");
    /** Article → headline (xsd:string). */
    public static final Property headline = property("headline");

    /** Article → the whole text of its file (xsd:string); evidence offsets count code points into it. */
    public static final Property text = property("text");
    /** Article → the place in its dateline. */
    public static final Property dateline = property("dateline");
    /** Article → any resource its text names. */
    public static final Property mentions = property("mentions");
    /** Event, Commitment, RoleAssignment or Project → Evidence. */
    public static final Property evidence = property("evidence");
    /** Evidence → the exact quoted text (xsd:string). */
    public static final Property quote = property("quote");
    /** Evidence → first code point of the quote in the file, from 0 (xsd:integer). */
    public static final Property beginIndex = property("beginIndex");
    /** Evidence → code point just after the quote (exclusive, xsd:integer). */
    public static final Property endIndex = property("endIndex");
    /** Evidence → the Article whose text holds it. */
    public static final Property inArticle = property("inArticle");
    /** Evidence → index of its sentence in the article, from 0 (xsd:integer). */
    public static final Property sentenceIndex = property("sentenceIndex");

    // ------------------------------------------------------------------ properties: actors and roles

    /** Actor or Place → the Country it belongs to or lies in. */
    public static final Property country = property("country");
    /** RoleAssignment → Person. */
    public static final Property holder = property("holder");
    /** RoleAssignment → Role. */
    public static final Property role = property("role");
    /** RoleAssignment → Organization or Country where the role is held. */
    public static final Property roleIn = property("roleIn");

    // ------------------------------------------------------------------ properties: events

    /** Event → Actor taking part; super-property of host, guest, awardedTo, awardedBy. */
    public static final Property participant = property("participant");
    /** Event → Actor receiving the others. */
    public static final Property host = property("host");
    /** Event → Actor received by a host. */
    public static final Property guest = property("guest");
    /** Event → Person accompanying a participant (a spouse): present, but no party to the event. */
    public static final Property companion = property("companion");
    /** AwardConferral → Actor receiving the award. */
    public static final Property awardedTo = property("awardedTo");
    /** AwardConferral → Actor conferring the award. */
    public static final Property awardedBy = property("awardedBy");
    /** AwardConferral → Award. */
    public static final Property award = property("award");
    /** DocumentSigning → number of documents (xsd:integer). */
    public static final Property documentCount = property("documentCount");
    /** Event → xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static final Property date = property("date");
    /** Event → first day (xsd:date, xsd:gYearMonth or xsd:gYear). */
    public static final Property startDate = property("startDate");
    /** Event → last day (xsd:date, xsd:gYearMonth or xsd:gYear). */
    public static final Property endDate = property("endDate");
    /** Event → Place or Country. */
    public static final Property place = property("place");
    /** Event → the larger Event it belongs to. */
    public static final Property partOf = property("partOf");
    /** Event → true when announced but not reported as having happened (xsd:boolean). */
    public static final Property planned = property("planned");

    // ------------------------------------------------------------------ properties: commitments and targets

    /** Commitment → Actor undertaking it. */
    public static final Property committedBy = property("committedBy");
    /** Commitment → PolicyArea. */
    public static final Property area = property("area");
    /** Commitment → Modality. */
    public static final Property modality = property("modality");
    /** Commitment → Target. */
    public static final Property target = property("target");
    /** Target → xsd:decimal written out in full. */
    public static final Property amount = property("amount");
    /** Target → ISO 4217 code (xsd:string). */
    public static final Property currency = property("currency");
    /** Target → what is measured (xsd:string). */
    public static final Property metric = property("metric");
    /** Commitment → xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static final Property deadline = property("deadline");
    /** Commitment → Project. */
    public static final Property concerns = property("concerns");
    /** Commitment → the Event where it was made. */
    public static final Property madeAt = property("madeAt");

    // ------------------------------------------------------------------ properties: projects

    /** Project → ProjectType. */
    public static final Property projectType = property("projectType");
    /** Project → Place or Country. */
    public static final Property location = property("location");
    /** Project → ProjectStatus. */
    public static final Property status = property("status");

    // ------------------------------------------------------------------ annotation properties

    /** Vocabulary term → CAMEO 1.1b3 code (xsd:string). */
    public static final Property cameoCode = property("cameoCode");
    /** Vocabulary term → PLOVER event category (xsd:string). */
    public static final Property ploverCategory = property("ploverCategory");
    /** Vocabulary term → PLOVER mode (xsd:string). */
    public static final Property ploverMode = property("ploverMode");
    /** Object property → how it reads from object to subject ("commits to" for committedBy), for pages. */
    public static final Property inverseLabel = property("inverseLabel");

    // ------------------------------------------------------------------ policy areas

    /** Party and state relations, political trust, high-level exchanges. */
    public static final Resource Political = resource("Political");
    /** Military and public-security cooperation. */
    public static final Resource DefenceSecurity = resource("DefenceSecurity");
    /** Trade, investment, aid and business cooperation. */
    public static final Resource EconomyTrade = resource("EconomyTrade");
    /** Transport and infrastructure connectivity. */
    public static final Resource InfrastructureTransport = resource("InfrastructureTransport");
    /** Energy cooperation and energy security. */
    public static final Resource Energy = resource("Energy");
    /** Education, training and human-resource development. */
    public static final Resource EducationTraining = resource("EducationTraining");
    /** Culture, tourism, youth and people-to-people exchange. */
    public static final Resource CulturePeople = resource("CulturePeople");
    /** Coordination in regional and international forums. */
    public static final Resource Multilateral = resource("Multilateral");
    /** Science, technology, innovation, digital transformation. */
    public static final Resource ScienceTechnology = resource("ScienceTechnology");
    /** Public health and medical cooperation. */
    public static final Resource Health = resource("Health");
    /** Environment, climate, natural and water resources, disasters. */
    public static final Resource Environment = resource("Environment");
    /** Any other policy area. */
    public static final Resource Other = resource("Other");

    // ------------------------------------------------------------------ project types

    /** Railway line or rail link. */
    public static final Resource Railway = resource("Railway");
    /** Road for motor traffic. */
    public static final Resource Road = resource("Road");
    /** Major road for long-distance traffic (narrower than {@link #Road}). */
    public static final Resource Highway = resource("Highway");
    /** Controlled-access highway (narrower than {@link #Highway}). */
    public static final Resource Expressway = resource("Expressway");
    /** Bridge. */
    public static final Resource Bridge = resource("Bridge");
    /** Tunnel for a road or a railway. */
    public static final Resource Tunnel = resource("Tunnel");
    /** Seaport, river port or dry port. */
    public static final Resource Port = resource("Port");
    /** Wharf, quay, pier or berth. */
    public static final Resource Wharf = resource("Wharf");
    /** Airport or airfield. */
    public static final Resource Airport = resource("Airport");
    /** Power transmission line or grid interconnection. */
    public static final Resource PowerLine = resource("PowerLine");
    /** Plant generating electricity. */
    public static final Resource PowerPlant = resource("PowerPlant");
    /** Hydropower plant and dam (narrower than {@link #PowerPlant}). */
    public static final Resource Hydropower = resource("Hydropower");
    /** Oil refinery or petrochemical complex. */
    public static final Resource Refinery = resource("Refinery");
    /** Oil or petroleum depot. */
    public static final Resource OilDepot = resource("OilDepot");
    /** Oil, gas or water pipeline. */
    public static final Resource Pipeline = resource("Pipeline");
    /** Drinking-water supply or treatment works. */
    public static final Resource WaterSupply = resource("WaterSupply");
    /** Hospital or other health facility. */
    public static final Resource Hospital = resource("Hospital");
    /** School or training centre below university level. */
    public static final Resource School = resource("School");
    /** University, academy or campus of higher education. */
    public static final Resource University = resource("University");
    /** Park, garden or memorial site. */
    public static final Resource Park = resource("Park");
    /** Border gate or crossing. */
    public static final Resource BorderGate = resource("BorderGate");
    /** Industrial park or zone. */
    public static final Resource IndustrialPark = resource("IndustrialPark");
    /** Special or border economic zone. */
    public static final Resource EconomicZone = resource("EconomicZone");
    /** Building not covered by a more specific type. */
    public static final Resource Building = resource("Building");
    /** Canal or other man-made waterway. */
    public static final Resource Canal = resource("Canal");
    /** Logistics centre, park or hub. */
    public static final Resource LogisticsCentre = resource("LogisticsCentre");
    /** Factory: a plant that manufactures, assembles, processes or tests goods. */
    public static final Resource Factory = resource("Factory");
    /** Research, science and technology or innovation centre. */
    public static final Resource ResearchCentre = resource("ResearchCentre");
    /** Project of any other kind. */
    public static final Resource OtherProject = resource("OtherProject");

    // ------------------------------------------------------------------ project statuses

    /** Put forward, no decision reported. */
    public static final Resource StatusProposed = resource("StatusProposed");
    /** Being studied or designed before a decision to build. */
    public static final Resource StatusUnderStudy = resource("StatusUnderStudy");
    /** Decided, construction not begun. */
    public static final Resource StatusPlanned = resource("StatusPlanned");
    /** Being built or upgraded. */
    public static final Resource StatusUnderConstruction = resource("StatusUnderConstruction");
    /** Construction finished, no opening reported. */
    public static final Resource StatusCompleted = resource("StatusCompleted");
    /** Formally opened. */
    public static final Resource StatusInaugurated = resource("StatusInaugurated");
    /** In use or operating. */
    public static final Resource StatusInOperation = resource("StatusInOperation");

    // ------------------------------------------------------------------ modalities

    /** Parties jointly agree (PLOVER AGREE). */
    public static final Resource Agreed = resource("Agreed");
    /** A party promises or commits itself (PLOVER AGREE). */
    public static final Resource Pledged = resource("Pledged");
    /** A party affirms or reaffirms a standing commitment or position. */
    public static final Resource Affirmed = resource("Affirmed");
    /** A party announces what it will do (PLOVER AGREE). */
    public static final Resource Planned = resource("Planned");
    /** A party proposes, suggests or invites (CAMEO 02). */
    public static final Resource Proposed = resource("Proposed");
    /** A party calls on or urges others (CAMEO 02). */
    public static final Resource Urged = resource("Urged");
    /** A party welcomes or endorses another's decision (PLOVER SUPPORT). */
    public static final Resource Welcomed = resource("Welcomed");

    // ------------------------------------------------------------------ derived graph (KG.DERIVED_GRAPH)

    /** Derived graph → xsd:integer: the layout version of the derived graph ({@code DerivedGraph.LAYOUT_VERSION}). */
    public static final Property derivedLayoutVersion = property("derivedLayoutVersion");
    /** Article → xsd:integer: events its graph tells. */
    public static final Property eventCount = property("eventCount");
    /** Article → xsd:integer: commitments its graph tells. */
    public static final Property commitmentCount = property("commitmentCount");
    /** Article → xsd:integer: role assignments its graph tells. */
    public static final Property roleAssignmentCount = property("roleAssignmentCount");
    /** Article → xsd:integer: projects its graph tells. */
    public static final Property projectCount = property("projectCount");
    /** Event → Project one of its supporting quotes names, in an article that tells both. */
    public static final Property quoteNames = property("quoteNames");
    /** Project → a lower-cased spelling its events' quotes are matched against (xsd:string). */
    public static final Property quoteSpelling = property("quoteSpelling");
    /** Two actors who meet in the same events (on different sides). */
    public static final Resource ActorPair = resource("ActorPair");
    /** ActorPair → the actor whose IRI sorts first. */
    public static final Property firstActor = property("firstActor");
    /** ActorPair → the actor whose IRI sorts second. */
    public static final Property secondActor = property("secondActor");
    /** ActorPair → an event in which the two meet. */
    public static final Property sharedEvent = property("sharedEvent");
    /** ActorPair → xsd:integer: the number of its shared events. */
    public static final Property sharedEventCount = property("sharedEventCount");
    /** Actor → a Country it stands for: itself, its dip:country, where it holds a role or that body's country (derived). */
    public static final Property standsForCountry = property("standsForCountry");
    /** Event → a Country one of its participants stands for (derived). */
    public static final Property involvesCountry = property("involvesCountry");
    /** Project → xsd:string "name\tvia\tdate\tproject IRI\titem IRI": one row of the projects listing, in its order. */
    public static final Property projectLinkKey = property("projectLinkKey");
    /** One quantitative target as the articles state it (measure, whole amount, currency). */
    public static final Resource TargetStatement = resource("TargetStatement");
    /** TargetStatement → an Article whose graph states it. */
    public static final Property statedIn = property("statedIn");
    /** TargetStatement → its measure (xsd:string, "" when none). */
    public static final Property statedMetric = property("statedMetric");
    /** TargetStatement → its amount (xsd:integer when whole). */
    public static final Property statedAmount = property("statedAmount");
    /** TargetStatement → its currency (xsd:string, "" when none). */
    public static final Property statedCurrency = property("statedCurrency");
    /** TargetStatement → its deadlines, each once, joined by ", " (xsd:string). */
    public static final Property statedDeadlines = property("statedDeadlines");
    /** Article → its publication date; Event → the earliest date stated for it (dip:date, else dip:startDate). */
    public static final Property sortDate = property("sortDate");
    /** Article → xsd:string "date\tfile\tIRI": its place in the order date, file name, IRI. */
    public static final Property articleOrderKey = property("articleOrderKey");
    /** Article → xsd:string "0{date, digits 9 − d}~\tfile\tIRI" ("1\tfile\tIRI" undated): its place in the order newest first, file name, IRI. */
    public static final Property articleNewestFirstKey = property("articleNewestFirstKey");
    /** Commitment → xsd:string "date\tfile\tarticle IRI\tcommitment IRI": per article stating it, its place in the commitment-trail order. */
    public static final Property commitmentTrailKey = property("commitmentTrailKey");
    /** Event → xsd:string "0date\tlabel\tIRI" ("1\tlabel\tIRI" undated): its place in the order date, preferred label, IRI. */
    public static final Property eventOrderKey = property("eventOrderKey");
    /** RoleAssignment → "holder label\tdate\trole title\tplace label\tassignment IRI\tholder IRI\tplace IRI": the roles listing's order. */
    public static final Property roleOrderKey = property("roleOrderKey");
    /** TargetStatement, Event or RoleAssignment → "date, file" of the first article stating it. */
    public static final Property firstStated = property("firstStated");
    /** TargetStatement, Event or RoleAssignment → "date, file" of the latest article stating it. */
    public static final Property latestStated = property("latestStated");
    /** TargetStatement, Event or RoleAssignment → xsd:integer: the articles stating it. */
    public static final Property articleCount = property("articleCount");
    /** Commitment → "area name TAB preferred label TAB area IRI" (xsd:string), one per policy area: the commitments listing's order. */
    public static final Property areaSortKey = property("areaSortKey");
    /** PolicyArea → "area name TAB preferred label TAB commitment IRI" (xsd:string), one per row of the commitments listing in the area. */
    public static final Property areaCommitmentKey = property("areaCommitmentKey");
    /** PolicyArea → xsd:integer: how many dip:areaCommitmentKey it has (its rows in the commitments listing). */
    public static final Property areaCommitmentCount = property("areaCommitmentCount");
    /** PolicyArea → xsd:integer: the commitments listing's rows that surely come before the area's first. */
    public static final Property areaRowsBefore = property("areaRowsBefore");
}
