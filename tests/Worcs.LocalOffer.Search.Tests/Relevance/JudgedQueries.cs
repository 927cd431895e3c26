namespace Worcs.LocalOffer.Search.Tests.Relevance;

/// <summary>The judged query set over the seed content in uSync/v17 (page names as in the seed).</summary>
public static class JudgedQueries
{
    public const string Roadshows = "SEND Information Roadshows November 2018";
    public const string HighNeeds = "High Needs Commissioning Review";
    public const string CapitalFund = "Special Provision Capital Fund";
    public const string AutismAct = "Autism Act have your say";
    public const string NhsPlan = "NHS Long Term Plan";
    public const string Cabinet = "Cabinet to discuss SEND Improvement Plan progress";
    public const string OneYearOn = "SEND Improvement Plan one year on";
    public const string CoProduction = "National Co-production Week 2019";
    public const string Survey = "DfE SENDIASS customer satisfaction survey 2019";
    public const string GraduatedResponse = "Graduated Response consultation";
    public const string SelfEvaluation = "SEND self-evaluation questionnaire 2019";

    public static IReadOnlyList<JudgedQuery> All { get; } =
    [
        new("misspelling", "autisim", AutismAct, 1),
        new("misspelling", "comissioning reveiw", HighNeeds, 1),
        new("misspelling", "roadshwo", Roadshows, 1),
        new("misspelling", "co-producton week", CoProduction, 1),
        new("misspelling", "satisfacton survey", Survey, 1),
        new("misspelling", "self evalution questionaire", SelfEvaluation, 1),
        new("acronym", "EHCP", CapitalFund, 3),
        new("acronym", "education health and care plan", CapitalFund, 3),
        new("acronym", "sendiass", Survey, 3),
        new("acronym", "LAC", Cabinet, 1),
        new("acronym", "looked after children", Cabinet, 1),
        new("acronym", "ASD", AutismAct, 3),
        new("acronym", "parent carer forum", Roadshows, 3),
        new("acronym", "CAMHS", NhsPlan, 3),
        new("acronym", "DfE survey", Survey, 1),
        new("attachment", "impartial confidential", Roadshows, 1, "send-roadshow-presentation-november-2018.pptx"),
        new("attachment", "inwards outwards", HighNeeds, 1, "high-needs-commissioning-review-plan.pdf"),
        new("attachment", "\"resource bases\"", CapitalFund, 1, "special-provision-capital-fund-plan.pdf"),
        new("attachment", "GBP", CapitalFund, 1, "special-provision-capital-fund-spreadsheet.xlsx"),
        new("phrase", "\"written statement of action\"", Cabinet, 1),
        new("phrase", "\"participation ladder\"", CoProduction, 1),
        new("phrase", "\"graduated response\"", GraduatedResponse, 1),
        new("phrase", "\"autism assessments\"", NhsPlan, 1),
        new("date", "roadshow 2018", Roadshows, 1),
        new("date", "november 2018 sessions", Roadshows, 1),
        new("date", "capital funding 2021", CapitalFund, 1),
        new("date", "improvement plan 14 march 2019", Cabinet, 1),
        new("date", "august 2018 improvement plan", OneYearOn, 3),
        new("plain", "mental health", NhsPlan, 1),
        new("plain", "autistic", AutismAct, 1),
    ];
}
