"""The document model: parts, clause functions, own offences and defined terms read from a
whole document, the facts one clause draws from them, and ``treatyscope explain``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from treatyscope.cli import app
from treatyscope.docmodel import build_model, cites_victims, purpose_clauses
from treatyscope.ingest import read_document
from treatyscope.segment import segment_document

FIXTURE = Path(__file__).parent / "fixtures" / "docmodel_draft.txt"


@pytest.fixture(scope="module")
def clauses():
    return [c for c in segment_document(read_document(FIXTURE)).clauses if not c.skipped]


def test_document_model_of_a_draft(clauses):
    model = build_model(clauses)
    assert model.to_dict() == {
        "parts": [
            {"label": "CHAPTER I – GENERAL PROVISIONS", "articles": ["1"]},
            {"label": "CHAPTER II – CRIMINALIZATION", "articles": ["3", "4"]},
            {"label": "CHAPTER III – PREVENTION", "articles": ["5"]},
            {"label": "CHAPTER IV – INTERNATIONAL COOPERATION", "articles": ["6", "7"]},
        ],
        "criminalisation_articles": ["3", "4"],
        "offence_articles": [],
        "offences": [
            {"term": "illicit excavation", "article": "3", "source": "heading"},
            {"term": "trafficking in cultural objects", "article": "4", "source": "heading"},
            {"term": "covered offence", "article": "1", "source": "definition"},
        ],
        "defined_terms": [
            {"term": "Grave offence", "clause_id": "1(a)", "article": "1", "tier": "serious", "offence": True,
             "words": "punishable by imprisonment for at least four years", "personal": False},
            {"term": "Cultural object", "clause_id": "1(b)", "article": "1", "tier": None, "offence": False,
             "words": "", "personal": False},
            {"term": "Covered offence", "clause_id": "1(c)", "article": "1", "tier": "defined", "offence": True,
             "words": "offences established in", "personal": False},
        ],
        "offence_lists": [],
        "article_functions": {"preamble": "preamble", "1": "definition", "3": "criminalisation",
                              "4": "criminalisation", "5": "policy", "6": "measure", "7": "final"},
        "functions": {"preamble(1)": "preamble", "preamble(2)": "preamble", "preamble(3)": "preamble",
                      "1": "definition", "1(a)": "definition", "1(b)": "definition", "1(c)": "definition",
                      "3": "criminalisation", "4": "criminalisation", "5": "policy",
                      "6(1)": "measure", "6(2)": "measure", "6(3)": "measure", "7": "final"},
    }


def test_facts_each_clause_draws_from_its_document(clauses):
    model = build_model(clauses)
    cited = {"6(2)": ["3"], "3": ["3"]}
    got = {c.clause_id: model.clause_facts(c.clause_id, c.article, c.text, cited.get(c.clause_id, [])).markers()
           for c in clauses}
    assert got == {
        "preamble(1)": ["FN_preamble"], "preamble(2)": ["FN_preamble"], "preamble(3)": ["FN_preamble"],
        # a definition of a class of offences gets its tier (codebook, "Defined terms"); one of
        # a term that is no class of offences ("Cultural object") none
        "1": ["FN_definition"], "1(a)": ["FN_definition", "HIT_serious"], "1(b)": ["FN_definition"],
        "1(c)": ["FN_definition", "HIT_defined"],
        # a criminalisation article citing itself is no citation; a clause that establishes
        # offences is `defined` (codebook, "Criminalisation")
        "3": ["FN_criminalisation", "HIT_defined"], "4": ["FN_criminalisation", "HIT_defined"],
        "5": ["FN_policy"],
        # "evidence of grave offences": the defined term's tier, a hit in a measure (codebook, "Defined terms")
        "6(1)": ["FN_measure", "DT_serious", "HIT_serious"],
        # the treaty's own crime by its term, and an explicit citation of a criminalisation article
        # naming its offences as what the measure applies to ("the offences set forth in article 3"):
        # a hit (codebook, "Defined terms": a citation of the criminalisation articles)
        "6(2)": ["FN_measure", "OWN_CRIME", "CITE_CRIM", "HIT_defined"],
        "6(3)": ["FN_measure", "DT_defined", "HIT_defined", "OWN_CRIME"],
        "7": ["FN_final"],
    }


@pytest.mark.parametrize("text, expected", [
    # the defined term delimits what the assistance is for: a hit
    ("Assistance shall be afforded for the purpose of investigations concerning grave offences.",
     ["FN_measure", "DT_serious", "HIT_serious"]),
    ("The Parties shall cooperate in order to suppress grave offences.", ["FN_measure", "DT_serious", "HIT_serious"]),
    # in an aim (codebook, tier rules: "not in a purpose clause, an aim"), no hit; the term is
    # still a fact the classifier reads
    ("The purpose of this Protocol is to promote cooperation against grave offences.", ["FN_measure", "DT_serious"]),
    ("The Parties shall exchange views, with a view to eliminating the incentives for grave offences.",
     ["FN_measure", "DT_serious"]),
    ("The Parties shall support bodies specialising in the fight against grave offences.", ["FN_measure", "DT_serious"]),
    # persons described as those a crime was committed against (a draft read blind on 2026-12-06)
    ("The Parties shall accept the return of any person who has been the object of grave offences.",
     ["FN_measure", "DT_serious"]),
    # an aim ends with its sentence: the term used again after it delimits
    ("The purpose of this article is to speed up assistance. Evidence of grave offences shall be sent at once.",
     ["FN_measure", "DT_serious", "HIT_serious"]),
])
def test_a_defined_term_in_an_aim_is_no_hit(clauses, text, expected):
    model = build_model(clauses)
    assert model.clause_facts("6(1)", "6", text).markers() == expected


def test_items_of_a_closed_list_of_offences_are_defined():
    """Codebook, "Closed lists": a list of offences the instrument enumerates is `defined`: each
    item of a lead-in that ends by enumerating offences, unless it refers back to the list or its
    own words name another tier; a criminalisation lead-in's items are conduct, no such list."""
    units = [
        _unit("12(2)", "12", "Orders in emergencies", "Orders may be given at once for the offences set out in paragraph 3."),
        _unit("12(3)", "12", "Orders in emergencies", "The offences referred to in paragraph 2 are:"),
        _unit("12(3)(a)", "12", "Orders in emergencies", "offences involving acts of terrorism;"),
        _unit("12(3)(b)", "12", "Orders in emergencies", "kidnapping and hostage-taking;"),
        _unit("12(3)(c)", "12", "Orders in emergencies", "an attempt to commit any of the foregoing offences."),
        _unit("13", "13", "Extradition", "None of the following offences shall be regarded as a political offence:"),
        _unit("13(a)", "13", "Extradition", "an offence within the scope of the Convention for the Suppression of Unlawful "
              "Seizure of Aircraft;"),
        _unit("14", "14", "Illicit trade", "Each Party shall establish as criminal offences the following offences:"),
        _unit("14(a)", "14", "Illicit trade", "the manufacture of equipment listed in Table I;"),
    ]
    model = build_model(units)
    assert model.offence_lists == ["12(3)", "13"]
    own = {"13(a)": ["treaty", "refusal_grounds"]}
    lead = {"12(3)(a)": "12(3)", "12(3)(b)": "12(3)", "12(3)(c)": "12(3)", "13(a)": "13", "14(a)": "14"}
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), lead.get(u.clause_id, u.clause_id),
                                           own.get(u.clause_id, ())).markers() for u in units}
    assert got == {
        "12(2)": ["FN_other"], "12(3)": ["FN_other"],
        "12(3)(a)": ["FN_other", "LIST_ITEM", "HIT_defined"], "12(3)(b)": ["FN_other", "LIST_ITEM", "HIT_defined"],
        "12(3)(c)": ["FN_other"],
        "13": ["FN_measure"], "13(a)": ["FN_measure"],
        "14": ["FN_criminalisation", "HIT_defined"], "14(a)": ["FN_criminalisation"],
    }
    facts = model.clause_facts("12(3)(b)", "12", "kidnapping and hostage-taking;", (), "12(3)")
    assert facts.basis("defined", "kidnapping and hostage-taking;") == (
        (0, 29), "an item of the closed list of offences that 12(3) enumerates")


def _unit(cid, article, heading, text, context=()):
    return SimpleNamespace(clause_id=cid, article=article, heading=heading, text=text, context=context)


@pytest.mark.parametrize("heading, text, context, expected", [
    # the heading decides for the whole article
    ("Extradition", "Each Party shall consider the matter.", (), "measure"),
    ("Prevention of trafficking", "Each Party shall, in accordance with its domestic law, run campaigns.", (), "policy"),
    ("Conference of the Parties", "The Conference shall meet every year.", (), "institutional"),
    ("Denunciation", "Any Party may denounce this Convention.", (), "final"),
    # a clause that establishes offences is criminalisation whatever its article
    ("Obligations", "Each Party shall establish as criminal offences the conduct in paragraph 1.", (), "criminalisation"),
    # no heading: the chapter title, then the clause's own words
    (None, "Each Party shall keep records.", ("Chapter III – International co-operation",), "measure"),
    (None, "The requested Party shall execute the request promptly.", (), "measure"),
    (None, "The Parties shall consult one another.", (), "other"),
    # penal provisions establish offences; sanctions imposed abroad and enforced here, and the
    # "sentencing State" of a transfer, are no criminalisation
    ("Penal provisions", "Each Party shall keep records.", (), "criminalisation"),
    (None, "The court shall satisfy itself that the conditions are met.",
     ("Part II – Enforcement of foreign judgments", "Section 5 – Enforcement of sanctions"), "measure"),
    ("Effect of transfer for the sentencing State", "The sentencing State shall keep jurisdiction.", (), "other"),
    ("Sanctions and measures", "Each Party shall keep records.", (), "criminalisation"),
    # a clause naming the treaty's monitoring body works that body, no measure, unless its own
    # words grant one; other bodies' names ("the Committee of Ministers") do not count, and a
    # heading that places the article elsewhere keeps it
    (None, "The findings of the Committee during a visit shall be confidential.", (), "monitoring"),
    (None, "The Committee shall keep the identity of the author confidential.", (), "monitoring"),
    ("Mutual assistance", "Each Party shall send the Conference of the Parties its statistics.", (), "monitoring"),
    (None, "The requested Party shall inform the Committee of its refusal.", (), "measure"),
    (None, "The findings shall be sent to the Committee of Ministers.", (), "other"),
    ("Prevention of trafficking", "Each Party shall report to the Group of Experts on its campaigns.", (), "policy"),
    # a status-of-forces agreement's articles on visiting personnel's entry, goods, driving permits
    # and claims are no measures (a treaty read whole, 2026-12-06, session 32)
    ("Entry and exit requirements", "The Receiving State shall admit the personnel in accordance with its law.",
     (), "policy"),
    ("Claims", "Claims for damage shall be settled in accordance with the law of the Receiving State.", (), "policy"),
    # other words for establishing an offence (treaties read whole, 2026-12-06, session 32):
    # "is criminalised", "fully covered under its criminal or penal law", "shall be a criminal
    # offence under the laws"; jurisdiction not subordinated to the condition that the acts are
    # criminalised where committed establishes none
    (None, "Each Party shall ensure that the intentional conduct of following a person repeatedly is "
     "criminalised.", (), "criminalisation"),
    (None, "Each State Party shall ensure that the following acts are fully covered under its criminal or penal "
     "law:", (), "criminalisation"),
    (None, "The branding of a person held in servitude shall be a criminal offence under the laws of the Parties.",
     (), "criminalisation"),
    (None, "Each Party shall ensure that its jurisdiction is not subordinated to the condition that the acts are "
     "criminalised where they were performed.", (), "other"),
    # other words for establishing an offence (drafts read blind, 2026-12-03, night)
    (None, "Each Party shall criminalize the sale of stolen passwords.", (), "criminalisation"),
    (None, "Each Party shall make it a criminal offence to sell stolen passwords.", (), "criminalisation"),
    # (drafts read blind in session 44: "treat as a crime", "make it a crime")
    (None, "Under its domestic law, every State Party shall treat as a crime the intentional damaging of electronic "
     "data.", (), "criminalisation"),
    (None, "Every State Party shall make it a crime under its domestic law for a person to obstruct an ICT system.",
     (), "criminalisation"),
    # (drafts read blind in session 42)
    (None, "Each Party shall take whatever steps are required so that the following conduct, where committed "
     "intentionally, is punishable as a criminal offence under its domestic law:", (), "criminalisation"),
    (None, "Each Party shall take the steps necessary for its domestic law to treat the following as criminal "
     "offences:", (), "criminalisation"),
    # a chapter "Criminalization and law enforcement" makes an article criminalisation only when
    # its own words establish offences: its bank secrecy or witness articles are not
    ("Illicit enrichment", "Each Party shall consider making it a criminal offence for an official to hold "
     "assets he cannot explain.", ("Chapter III – Criminalization and law enforcement",), "criminalisation"),
    ("Bank secrecy", "Each Party shall ensure that mechanisms exist to overcome bank secrecy laws.",
     ("Chapter III – Criminalization and law enforcement",), "other"),
    # making assistance conditional on the conduct being punishable is dual criminality, no
    # offence established (sixth draft read blind, 2026-12-04)
    (None, "The requested Party may make its execution conditional on the conduct underlying the request "
     "being punishable under its own law as well.", (), "measure"),
    (None, "Each Party shall make the conduct in paragraph 1 punishable by effective penalties.", (), "criminalisation"),
    # a final clause on the personal data a Party received binds their transfer, a measure; one
    # that only names them stays a final clause (drafts read blind, 2026-12-05, second night)
    ("Denunciation", "Personal data received before the denunciation takes effect shall continue to be "
     "protected in accordance with Chapter IV.", (), "measure"),
    ("Suspension of supply", "A Party may suspend the supply of personal data to a Party that fails to "
     "comply with this Chapter.", (), "measure"),
    ("Suspension", "Either Party may suspend this Agreement for a serious breach of its provisions on the "
     "protection of personal data.", (), "final"),
    ("Denunciation", "Requests received before the denunciation takes effect shall be completed.", (), "final"),
    ("Termination", "Termination shall not release either Party from its obligations of confidentiality in "
     "respect of information already received.", (), "measure"),
    ("Denunciation", "A Party that denounces this Convention shall remain bound by Article 22 for as long as "
     "it retains information obtained under it.", (), "final"),
    # an article no heading places that settles disputes over the treaty is a final clause (the
    # older UN conventions have no headings); a dispute named in a measure is not
    (None, "Disputes between the Contracting Parties relating to the interpretation, application or "
     "fulfilment of the present Convention shall be submitted to the International Court of Justice.", (), "final"),
    (None, "Any dispute between two or more States Parties concerning the interpretation or application of "
     "this Convention shall be submitted to arbitration.", (), "final"),
    (None, "The requested Party shall inform the requesting Party of any dispute between them.", (), "measure"),
    # an article on investigative measures, or on the principles and scope of cooperation, is a
    # measure whatever its chapter ("Jurisdiction and criminal procedure")
    ("Investigative measures", "Each Party shall enable its authorities to order the production of data.",
     ("Chapter V – Jurisdiction and criminal procedure",), "measure"),
    ("General principles and scope of cooperation", "The Parties shall cooperate to the widest extent possible.",
     (), "measure"),
    # a chapter that names definitions among other subjects makes no article a definition; a
    # chapter "Definitions" does
    (None, "The fight against manipulation shall ensure respect for human rights.",
     ("Chapter I – Purpose, guiding principles, definitions",), "other"),
    (None, "The following terms are used in this Agreement.", ("Chapter I – Definitions",), "definition"),
    # a heading naming a power used in a case is a measure, whoever uses it; the body alone, its
    # powers in general, or a case power in a heading no body names keep their functions (the
    # gold's institutional misreadings, 2026-12-06)
    ("Issuance by the Pre-Trial Chamber of a warrant of arrest or a summons to appear",
     "The Pre-Trial Chamber shall issue a warrant of arrest if it is satisfied that it is necessary.", (), "measure"),
    ("Functions and powers of the Pre-Trial Chamber", "The Pre-Trial Chamber may authorize specific investigative "
     "steps.", (), "measure"),
    ("Functions and powers of the Committee", "The Committee may adopt recommendations.", (), "institutional"),
    ("Powers of the Grand Chamber", "The Grand Chamber shall determine applications.", (), "institutional"),
    ("Protection of victims in investigations", "Each Party shall protect victims.", (), "policy"),
    # "commission" of an offence, the structure of a request, the monitoring of accounts and the
    # exemptions from assisting are no bodies
    ("Place of commission", "The requested Party may refuse to extradite a person for an offence committed in "
     "its territory.", (), "measure"),
    ("Functions of the Commission", "The Commission shall meet once a year.", (), "institutional"),
    ("Structure of requests", "Requests shall be made in writing.", (), "measure"),
    ("Requests for the monitoring of banking transactions", "Each State shall follow the transactions of "
     "specified accounts.", (), "measure"),
    ("Monitoring of implementation", "The Parties shall follow the application of this Agreement.", (),
     "institutional"),
    (None, "The requested administration shall not be required to give the assistance provided for by this "
     "Agreement if it is likely to prejudice public order.", ("Chapter X – Exemptions",), "measure"),
    ("Exemption from taxes and duties", "The Organization shall be exempt from all direct taxes.", (),
     "institutional"),
    # human organs are no bodies' organs, and their removal is no removal of content (the organ
    # trafficking draft read blind, 2026-12-06 evening)
    ("Illicit removal of human organs", "Each Party shall make punishable as a criminal offence the removal of "
     "a human organ without consent.", (), "criminalisation"),
    ("Use of illicitly removed organs", "The use of such an organ shall be made a criminal offence.", (),
     "criminalisation"),
    ("Illicit solicitation and recruitment", "Each Party shall provide in its criminal law for the punishment of "
     "the following intentional conduct:", (), "criminalisation"),
    ("Deployment of ransomware", "Each State Party shall take the measures needed to make each of the following, "
     "when committed intentionally, a criminal offence under its domestic law:", (), "criminalisation"),
    # an article on its scope and its terms: the scope clause is no definition, the lead-in of the
    # definitions is
    ("Scope and use of terms", "This Convention shall apply to trafficking in human organs.", (), "other"),
    ("Scope and use of terms", "For the purposes of this Convention:", (), "definition"),
    ("Scope and use of terms", '"human organ" means a differentiated part of the human body.', (), "definition"),
    # property frozen or seized is under a measure, whatever the article (its "Sanctions")
    ("Sanctions", "Any person whose property has been frozen or seized under paragraph 3 shall be entitled to "
     "have the measure reviewed by a court.", (), "measure"),
    ("Principal and subsidiary organs", "The Conference may establish subsidiary organs.", (), "institutional"),
    ("Organs of the Authority", "The Authority shall have an Assembly and a Council.", (), "institutional"),
    ("Removal of material and blocking of access", "Each Party shall enable its authorities to order the "
     "removal of material.", (), "measure"),
    # a chapter on serving judicial documents abroad sets out a form of judicial assistance, not a
    # policy on documents (a convention on service read blind, 2026-12-06, session 31); travel
    # documents stay a policy
    (None, "The receiving authority shall arrange for the papers to be served on the addressee.",
     ("CHAPTER I – JUDICIAL DOCUMENTS",), "other"),
    ("Security and control of documents", "Each State Party shall make its passports hard to falsify.", (),
     "policy"),
])
def test_clause_function(heading, text, context, expected):
    model = build_model([_unit("1", "1", heading, text, context)])
    assert model.functions == {"1": expected}


def test_a_definition_of_a_term_that_is_no_class_of_offences_has_no_tier():
    model = build_model([
        _unit("2", "2", "Definitions", '"Proceeds" shall mean any property derived from an offence punishable by at least four years;'),
        _unit("3", "3", "Definitions", '"Predicate offence" means any criminal offence as a result of which proceeds were generated.'),
    ])
    assert [(t.term, t.tier, t.offence) for t in model.defined_terms] == [
        ("Proceeds", None, False), ("Predicate offence", "any", True)]


def test_serious_harm_in_a_definitions_items_is_conduct_not_serious_crime():
    # the Genocide Convention's definition: "causing serious bodily or mental harm" describes the
    # conduct; a "grave offence" in an item names a class of offences
    model = build_model([
        _unit("2", "2", None, "In the present Convention, genocide means any of the following acts committed "
              "with intent to destroy a group, as such:"),
        _unit("2(a)", "2", None, "Killing members of the group;"),
        _unit("2(b)", "2", None, "Causing serious bodily or mental harm to members of the group."),
        _unit("3", "3", "Definitions", '"Relevant offence" means:'),
        _unit("3(a)", "3", "Definitions", "a grave offence under the law of the requesting Party."),
    ])
    assert [(t.term, t.tier) for t in model.defined_terms] == [("genocide", None), ("Relevant offence", "serious")]


def test_explain_prints_the_document_model_and_the_reasons_of_an_article():
    result = CliRunner().invoke(app, ["explain", str(FIXTURE), "6", "--patterns-only", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["criminalisation_articles"] == ["3", "4"]
    summary = [(c["clause_id"], c["function"], [lab["label"] for lab in c["labels"]],
                [t["term"] for t in c["facts"]["defined_terms"]], [o["term"] for o in c["facts"]["own_offences"]],
                c["facts"]["cited_criminalisation"]) for c in data["clauses"]]
    assert summary == [
        ("6(1)", "measure", ["serious"], ["Grave offence"], [], []),
        ("6(2)", "measure", ["defined"], [], ["trafficking in cultural objects"], ["3"]),
        ("6(3)", "measure", ["refusal_grounds"], ["Covered offence"], ["covered offence"], []),
    ]


def test_explain_text_names_the_facts_and_the_classifier_reasons():
    result = CliRunner().invoke(app, ["explain", str(FIXTURE), "6"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "Criminalisation articles: 3, 4" in lines
    assert 'Defined terms with a tier: "Grave offence" → serious (article 1: punishable by imprisonment for at least four years); "Covered offence" → defined (article 1: offences established in)' in lines
    assert "6(1) (measure)" in lines
    assert '  document: uses defined terms "Grave offence" (serious)' in lines
    # every label the classifier gives is followed by the features that weighed most for it
    label_lines = [i for i, line in enumerate(lines) if line.startswith("  ") and " from " in line]
    assert label_lines
    for i in label_lines:
        block = lines[i + 1:i + 6]
        assert any(b.strip().startswith("weighed most:") for b in block), lines[i:i + 6]


def test_explain_an_article_the_document_does_not_have_is_one_line():
    result = CliRunner().invoke(app, ["explain", str(FIXTURE), "99", "--patterns-only"])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("treatyscope: error: no article 99 in docmodel_draft "
                                     "(articles: preamble, 1, 3, 4, 5, 6, 7)")


AVIATION_STYLE = """CONVENTION ON UNLAWFUL ACTS AGAINST PORT FACILITIES

Article 1

For the purposes of this Convention:

(a) "Custodial term" means the period of confinement that a tribunal imposes upon a person found guilty of a criminal offence;

(b) "Qualifying offence" means any criminal offence from which gains have been obtained.

Article 2

A person who wrongfully takes control of a port facility thereby commits an offence (hereinafter referred to as "the offence").

Article 3

Contracting States shall surrender persons sought for the offence under the arrangements in force between them.
"""


def test_a_plain_definition_names_no_tier_and_an_aliased_offence_is_the_treatys_own(tmp_path, patterns_nlp):
    """Codebook, "Defined terms": the definition of a term that is no class of offences gets no
    tier (the patterns' "of a criminal offence" is dropped there); "commits an offence
    (hereinafter referred to as 'the offence')" makes "the offence" the instrument's own crime."""
    from treatyscope.pipeline import label_document

    path = tmp_path / "port.txt"
    path.write_text(AVIATION_STYLE, encoding="utf-8")
    labelled, _ = label_document(read_document(path), nlp=patterns_nlp)
    tiers = {c.clause.clause_id: c.tiers for c in labelled.clauses if c.clause.article in ("1", "2", "3")}
    assert tiers == {"1": [], "1(a)": [], "1(b)": ["any"], "2": ["defined"], "3": []}
    model = build_model([c for c in segment_document(read_document(path)).clauses if not c.skipped])
    assert [o.to_dict() for o in model.offences] == [{"term": "the offence", "article": "2", "source": "criminalisation"}]
    facts = model.clause_facts("3", "3", "Contracting States shall surrender persons sought for the offence.")
    assert [o.term for o in facts.own_offences] == ["the offence"]
    # "the offence" names the Convention's crime; "an offence" does not
    other = model.clause_facts("3", "3", "Contracting States shall surrender persons sought for an offence.")
    assert other.own_offences == ()


def test_own_crimes_from_backtick_definitions_conduct_headings_and_singular_uses():
    """A definition opened by two backticks (text converted from TeX-style quotes) is a
    definition; a criminalised conduct's term names the crime in every number, with or without
    an article ("bribery of foreign officials" in a heading, "bribery of a foreign official" in a
    measure); a heading "<conduct> offences" also names the conduct ("smuggling")."""
    model = build_model([
        _unit("2(a)", "2", "Use of terms", "``Trafficking in archives\" shall mean the removal of records from a "
                                           "public archive for sale without lawful authority;"),
        _unit("3", "3", "Bribery of foreign officials",
              "Each Party shall establish as criminal offences the conduct set forth in article 2 of this Protocol."),
        _unit("4", "4", "Smuggling offences",
              "Each Party shall establish as criminal offences the carrying of archives across a border."),
        _unit("9", "9", "Extradition",
              "Extradition shall be granted for trafficking in an archive, for bribery of a foreign official "
              "and for arms smuggling."),
    ])
    assert [o.to_dict() for o in model.offences] == [
        {"term": "bribery of foreign officials", "article": "3", "source": "heading"},
        {"term": "smuggling offences", "article": "4", "source": "heading"},
        {"term": "smuggling", "article": "4", "source": "heading"},
        {"term": "trafficking in archives", "article": "2", "source": "definition"},
    ]
    facts = model.clause_facts("9", "9", model_text := "Extradition shall be granted for trafficking in an archive, "
                               "for bribery of a foreign official and for arms smuggling.")
    assert sorted(o.term for o in facts.own_offences) == ["bribery of foreign officials", "smuggling",
                                                          "trafficking in archives"]
    assert facts.basis("defined", model_text)[0] is not None


def test_a_defined_conduct_names_a_crime_only_when_the_conduct_is_its_head():
    """A defined term names the treaty's own crime by its conduct when a conduct word is its
    head ("money laundering", "trafficking in persons", "hostage-taking"; joined terms each
    read so), not when the word qualifies an object: "manufacturing equipment" is machinery
    (codebook, "Criminalisation": "manufacture of equipment listed in Table I" names no
    offence), and an extradition for trafficking in such equipment names no own crime by it."""
    model = build_model([
        _unit("1(a)", "1", "Use of terms", '"Manufacturing equipment" means machinery designed to be used solely '
                                           "for the manufacture of tobacco products;"),
        _unit("1(b)", "1", "Use of terms", '"Exploitation rights" means rights to extract minerals;'),
        _unit("1(c)", "1", "Use of terms", '"Sexual exploitation and sexual abuse of children" shall include the '
                                           "behaviour referred to in articles 18 to 23;"),
        _unit("1(d)", "1", "Use of terms", '"Hostage-taking" means the seizure of a person to compel a third party;'),
        _unit("1(e)", "1", "Use of terms", '"Illicit trade" means any practice or conduct prohibited by law relating to '
                                           "the sale of tobacco products;"),
        _unit("1(f)", "1", "Use of terms", '"Border trade" means the sale of goods within ten kilometres of a border;'),
        # (an instrument that criminalises: one that establishes no offence names no own crime)
        _unit("5", "5", "", "Each Party shall establish as criminal offences under its domestic law the conduct "
                            "defined in article 1."),
        _unit("9", "9", "Extradition", "Extradition shall be granted for the sale of manufacturing equipment."),
    ])
    # a trade or traffic is a conduct where its definition makes it prohibited conduct
    assert [o.to_dict() for o in model.offences] == [
        {"term": "sexual exploitation and sexual abuse of children", "article": "1", "source": "definition"},
        {"term": "hostage-taking", "article": "1", "source": "definition"},
        {"term": "illicit trade", "article": "1", "source": "definition"},
    ]
    assert model.clause_facts("9", "9", "Extradition shall be granted for the sale of manufacturing "
                              "equipment.").own_offences == ()


def test_a_defined_term_a_criminalisation_clause_makes_an_offence_is_an_own_crime_but_not_in_an_aim():
    """A defined term whose words name no conduct the project knows ("enforced disappearance")
    is the instrument's own crime once a criminalisation clause makes it an offence ("ensure that
    enforced disappearance is an offence under its criminal law"); a term only used there ("a
    public official") is none. Where the crime stands in an aim or a description of its victims
    ("supporting the victims of enforced disappearance"), the clause names no own crime (codebook,
    the treaty's own crime: not in an aim, not in a description of victims)."""
    model = build_model([
        _unit("2(a)", "2", "Use of terms", '"Enforced disappearance" means the arrest or abduction of a person by '
                                           "agents of the State, followed by a refusal to acknowledge it;"),
        _unit("2(b)", "2", "Use of terms", '"Public official" means any person holding a public office;'),
        _unit("4", "4", "Criminalisation", "Each State Party shall ensure that enforced disappearance is an offence "
                                           "under its criminal law when committed by a public official."),
        _unit("14", "14", "Extradition", "Extradition shall be granted for enforced disappearance."),
        _unit("19", "19", "Search for persons", "States Parties shall assist one another in supporting the victims "
                                                "of enforced disappearance."),
    ])
    assert [o.to_dict() for o in model.offences] == [
        {"term": "enforced disappearance", "article": "2", "source": "definition"}]
    assert [o.term for o in model.clause_facts("14", "14", "Extradition shall be granted for enforced "
                                               "disappearance.").own_offences] == ["enforced disappearance"]
    assert model.clause_facts("19", "19", "States Parties shall assist one another in supporting the victims "
                              "of enforced disappearance.").own_offences == ()


def test_offences_named_by_a_term_of_their_own_in_an_older_convention():
    """The older aviation conventions establish offences in the passive ("An offence under this
    Convention is committed by any person who:") and may name them by a term of their own ('...
    are referred to in this Convention as "acts of aviation sabotage"'); the term is then the
    instrument's own crime, in the singular too ("an act of aviation sabotage")."""
    model = build_model([
        _unit("1(1)", "1", None, "An offence under this Convention is committed by any person who unlawfully "
                                 "destroys an aircraft in service."),
        _unit("1(2)", "1", None, 'The offences set forth in paragraph 1 are referred to in this Convention as '
                                 '"acts of aviation sabotage".'),
        _unit("23", "23", None, "Where an act of aviation sabotage has delayed a flight, the State shall return "
                                "the aircraft."),
    ])
    assert model.criminalisation_articles == ["1"]
    assert [o.to_dict() for o in model.offences] == [
        {"term": "acts of aviation sabotage", "article": "1", "source": "definition"}]
    assert [o.term for o in model.clause_facts("23", "23", "Where an act of aviation sabotage has delayed a "
                                               "flight, the State shall return the aircraft.").own_offences] == [
        "acts of aviation sabotage"]


def test_a_measure_heading_names_no_crime_even_over_a_clause_that_establishes_one():
    """An article headed by a measure ("Mutual legal assistance") with a clause that reads as
    establishing an offence makes that clause criminalisation, but its heading names no crime of
    the treaty: otherwise every "mutual legal assistance" in the draft would read as `defined`."""
    model = build_model([
        _unit("2", "2", "Offences", "Each Party shall establish as criminal offences the acts in the annex."),
        _unit("16(1)", "16", "Mutual legal assistance", "The Parties shall afford one another mutual legal assistance."),
        _unit("16(2)", "16", "Mutual legal assistance", "Each Party shall establish as criminal offences false "
                                                        "statements in a request."),
    ])
    assert model.criminalisation_articles == ["2", "16"]
    assert [o.to_dict() for o in model.offences] == []


def test_a_term_defined_by_a_closed_list_of_offences_is_defined():
    """Codebook, "Closed lists" and "Defined terms": a term defined by categories of offences the
    instrument enumerates ("listed offence", three drafts read blind on 2026-12-04) is `defined`
    wherever it delimits a measure; the lead-in that enumerates the categories is a closed list
    whose items name offences of it."""
    units = [
        _unit("1(c)", "1", "Definitions", '"listed offence" means an offence within any of the categories enumerated in '
              "paragraph 2 of Article 5;"),
        _unit("1(d)", "1", "Definitions", '"scheduled offence" means an offence which falls within one of the following '
              "categories: terrorism, trafficking in human beings, corruption;"),
        _unit("1(e)", "1", "Definitions", '"designated offence" means any of the offences specified in the Annex;'),
        _unit("1(f)", "1", "Definitions", '"data category" means one of the following categories: names, addresses;'),
        _unit("5(2)", "5", "Double criminality", "Surrender shall be granted without checking double criminality for any "
              "offence which belongs to one of the following categories:"),
        _unit("5(2)(a)", "5", "Double criminality", "participation in a criminal organisation;"),
        _unit("6", "6", "Controlled deliveries", "Each Party shall permit controlled deliveries where the investigation "
              "concerns a listed offence."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.offence) for t in model.defined_terms] == [
        ("listed offence", "defined", True), ("scheduled offence", "defined", True),
        ("designated offence", "defined", True), ("data category", None, False)]
    assert model.offence_lists == ["5(2)"]
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), "5(2)" if u.clause_id == "5(2)(a)"
                                           else u.clause_id).markers() for u in units[4:]}
    assert got == {
        "5(2)": ["FN_measure"],
        "5(2)(a)": ["FN_measure", "LIST_ITEM", "HIT_defined"],
        "6": ["FN_measure", "DT_defined", "HIT_defined", "OWN_CRIME"],
    }


def test_a_term_that_takes_its_meaning_from_another_instrument_is_treaty():
    """Codebook, "Defined terms" and `treaty`: a class of offences defined by reference to another
    instrument ("'illicit traffic' has the same meaning as that term is defined in the 1988
    Convention", the Caribbean maritime agreement, gold since 2026-12-04) takes `treaty` wherever
    it delimits a measure; a term that is no class of offences, defined the same way, takes none."""
    units = [
        _unit("1(a)", "1", "Definitions", '"illicit traffic" has the same meaning as that term is defined in the 1988 '
              "United Nations Convention against Illicit Traffic in Narcotic Drugs;"),
        _unit("1(b)", "1", "Definitions", '"ship without nationality" shall have the same meaning as that term is defined '
              "in the 1988 Convention;"),
        _unit("1(c)", "1", "Definitions", '"competent authority" has the meaning given in Article 4;'),
        _unit("7", "7", "Boarding", "A Party may board a vessel suspected of being engaged in illicit traffic."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.offence) for t in model.defined_terms] == [
        ("illicit traffic", "treaty", True), ("ship without nationality", None, False),
        ("competent authority", None, False)]
    assert model.clause_facts("7", "7", units[3].text, (), "7").markers() == ["FN_measure", "DT_treaty", "HIT_treaty"]


def test_the_document_model_of_the_drafts_read_blind_on_2026_12_05():
    """What four drafts read blind on 2026-12-05 taught the document model (docs/evaluation.md,
    "Four more drafts read blind (2026-12-05)"): "any offence established in accordance with
    Articles 5 to 9" is the instrument's own class (the words after "any" restrict it); other
    drafters' words establish offences ("ensure that the following acts constitute criminal
    offences"); "dissemination of intimate images" names a crime, not a body's work; an obligation
    to punish the instrument's own class names it (`defined`, codebook "Criminalisation"); a
    description of victims or of those who report offences is no scope; an item that is itself a
    lead-in of offences leaves the tier to its own items."""
    units = [
        _unit("3(d)", "3", "Definitions", '"environmental offence" means any offence established in accordance with '
              "Articles 5 to 9 of this Convention;"),
        _unit("3(g)", "3", "Definitions", '"criminal offence" means any conduct punishable under the law of the '
              "requesting Party, whatever the nature or severity of the penalty attached to it;"),
        _unit("3(h)", "3", "Definitions", '"predicate offence" means any offence as a result of which proceeds have '
              "been generated;"),
        _unit("7(1)", "7", "Trafficking in protected species", "Each Party shall ensure that the following acts "
              "constitute criminal offences when committed intentionally:"),
        _unit("8(1)", "8", None, "Each Party shall make the following conduct, where unlawful and committed "
              "intentionally, a criminal offence under its domestic law:"),
        _unit("9(1)", "9", "Non-consensual dissemination of intimate images", "Each Party shall criminalise the "
              "distribution of an intimate image without consent."),
        _unit("11(1)", "11", "Sanctions", "Each Party shall ensure that environmental offences are punishable by "
              "effective, proportionate and dissuasive criminal sanctions."),
        _unit("20(1)", "20", "Victims", "Persons who have suffered damage as a result of an environmental offence "
              "may take part in the proceedings."),
        _unit("21", "21", "Joint investigations", "Joint teams may be set up to investigate environmental offences."),
        _unit("24(2)", "24", "Extradition", "None of the following shall be regarded as an offence of a political "
              "character:"),
        _unit("24(2)(a)", "24", "Extradition", "the murder of a Head of State;"),
        _unit("24(2)(b)", "24", "Extradition", "any of the following offences, when committed against persons:"),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.words) for t in model.defined_terms] == [
        ("environmental offence", "defined", "offence established in"),
        ("criminal offence", "any", "whatever the nature or severity of the penalty"),
        ("predicate offence", "any", "any offence"),
    ]
    assert model.criminalisation_articles == ["7", "8", "9", "11"]
    assert model.offence_lists == ["24(2)", "24(2)(b)"]
    lead = {"24(2)(a)": "24(2)", "24(2)(b)": "24(2)"}
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), lead.get(u.clause_id, u.clause_id)).markers()
           for u in units[3:]}
    assert got == {
        "7(1)": ["FN_criminalisation", "HIT_defined"],
        "8(1)": ["FN_criminalisation", "HIT_defined"],
        "9(1)": ["FN_criminalisation", "HIT_defined"],
        "11(1)": ["FN_criminalisation", "DT_defined", "HIT_defined", "OWN_CRIME"],
        # (the victims of an offence: the crime stands in a description of victims, no own crime)
        "20(1)": ["FN_policy", "DT_defined"],
        "21": ["FN_measure", "DT_defined", "HIT_defined", "OWN_CRIME"],
        "24(2)": ["FN_measure"],
        "24(2)(a)": ["FN_measure", "LIST_ITEM", "HIT_defined"],
        "24(2)(b)": ["FN_measure"],
    }


def test_a_purpose_clause_broken_over_lines_is_found_where_it_stands():
    # the cue read with each run of whitespace as one space, the stretch given in the text's own
    # positions: from the cue to the end of its sentence, line breaks and all
    text = ("Recalling the Convention of 1990.  The purpose of this\n   Convention is to combat  crime "
            "at sea. Each Party shall act.")
    found = purpose_clauses(text)
    assert [text[s:e] for s, e in zip(found.starts, found.ends)] == [
        "The purpose of this\n   Convention is to combat  crime at sea"]
    assert [at in found for at in (0, text.index("The"), text.index("sea"), text.index("Each"))] == [
        False, True, True, False]


def test_the_document_model_of_the_drafts_read_blind_on_2026_12_05_evening():
    """What four more drafts read blind on 2026-12-05 (evening) taught the document model
    (docs/evaluation.md, "Four more drafts read blind (2026-12-05, evening)"): terms joined in one
    definition share it; a term defined in a definitions article by the conduct a criminalisation
    article establishes is a definition of the instrument's own offences, not criminalisation;
    conduct "constituting a criminal offence under the law" of a State is any offence; offences
    required by "international agreements enumerated in Appendix II" are another treaty's; a lead-in
    ending on "the categories of offences set out below ...:" enumerates a closed list; a heading
    "Criminal offences" names no crime of the instrument's own."""
    units = [
        _unit("2(f)", "2", "Definitions", '"predicate offence" means any conduct constituting a criminal offence '
              "under the law of the State concerned, wherever committed;"),
        _unit("2(g)", "2", "Definitions", '"money laundering" and "terrorist financing" mean the conduct that each '
              "State is required to make a criminal offence under Article 4;"),
        _unit("2(h)", "2", "Definitions", '"treaty offence" means conduct which one of the international agreements '
              "enumerated in Appendix II requires its parties to make punishable;"),
        _unit("2(i)", "2", "Definitions", '"requesting unit" and "requested unit" mean the units that seek and '
              "receive information;"),
        _unit("4(1)", "4", "Criminal offences", "Each State shall make the following conduct a criminal offence:"),
        _unit("7(1)", "7", "Exchange", "Units shall exchange information relevant to money laundering."),
        _unit("10(1)", "10", "Dual criminality", "Execution shall not depend on dual criminality where the order "
              "relates to one of the categories of offences set out below and carries three years or more:"),
        _unit("10(1)(a)", "10", "Dual criminality", "participation in an organised criminal group;"),
        _unit("11", "11", "Assistance", "Assistance shall extend to any criminal offence punishable under the law of "
              "the requesting State."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.words) for t in model.defined_terms] == [
        ("predicate offence", "any", "any conduct constituting a criminal offence"),
        ("money laundering", "defined", "criminal offence under Article 4"),
        ("terrorist financing", "defined", "criminal offence under Article 4"),
        ("treaty offence", "treaty", "international agreements enumerated in Appendix"),
        ("requesting unit", None, ""),
        ("requested unit", None, ""),
    ]
    assert model.criminalisation_articles == ["4"]
    assert model.offence_lists == ["10(1)"]
    lead = {"10(1)(a)": "10(1)"}
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), lead.get(u.clause_id, u.clause_id)).markers()
           for u in units}
    # A heading "Criminal offences" names no crime of its own: "any criminal offence" stays generic.
    assert got == {
        "2(f)": ["FN_definition", "HIT_any"], "2(g)": ["FN_definition", "HIT_defined"],
        "2(h)": ["FN_definition", "HIT_treaty"], "2(i)": ["FN_definition"],
        "4(1)": ["FN_criminalisation", "HIT_defined"],
        "7(1)": ["FN_other", "DT_defined", "HIT_defined", "OWN_CRIME"],
        "10(1)": ["FN_other"],
        "10(1)(a)": ["FN_other", "LIST_ITEM", "HIT_defined"],
        "11": ["FN_measure"],
    }


def test_a_definition_by_a_list_takes_the_tiers_of_its_items():
    """Drafts read late on 2026-12-05 (docs/evaluation.md, "Three more drafts read blind
    (2026-12-05, late)"): a term defined by a lead-in ('"relevant offences" means:') takes the
    tier of each item (another instrument named: treaty; a penalty threshold: serious), which
    carries it (the lead-in none), and a clause that uses it carries both; a heading "Offences against protected persons" names no
    crime of the instrument's own."""
    units = [
        _unit("2(h)", "2", "Definitions", '"relevant offences" means:'),
        _unit("2(h)(i)", "2", "Definitions", "the offences established in accordance with the Merovan Convention "
              "against Transnational Organised Crime;"),
        _unit("2(h)(ii)", "2", "Definitions", "offences punishable by deprivation of liberty for a maximum period of "
              "at least four years."),
        _unit("14(1)", "14", "Offences against protected persons", "Each Party shall make the following conduct a "
              "criminal offence:"),
        _unit("15(1)", "15", "Cooperation", "The Parties shall cooperate in protecting witnesses in proceedings "
              "concerning relevant offences and the relocation of protected persons."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.words) for t in model.defined_terms] == [
        ("relevant offences", "serious", "punishable by deprivation of liberty for a maximum period of at least four years"),
        ("relevant offences", "treaty", "established in accordance with the Merovan Convention"),
    ]
    assert model.offences == []
    # each item carries the tier it gives, the lead-in none
    assert [model.clause_facts(u.clause_id, u.article, u.text, (), "2(h)").markers() for u in units[:3]] == [
        ["FN_definition", "DT_serious", "DT_treaty"], ["FN_definition", "HIT_treaty"], ["FN_definition", "HIT_serious"]]
    facts = model.clause_facts("15(1)", "15", units[-1].text, (), "15(1)")
    assert facts.markers() == ["FN_other", "DT_serious", "DT_treaty", "HIT_serious", "HIT_treaty"]


def test_definitions_of_the_drafts_read_blind_on_2026_12_05_night():
    """What four drafts read blind on 2026-12-05 (night) taught the definitions (docs/evaluation.md,
    "Four drafts read blind (2026-12-05, night)"): "any offence" restricted by what follows it
    (offences a Party "has established in accordance with article 6", offences "falling within"
    the categories of the Annex) is the instrument's own class; offences under "any international
    agreement in force" and offences defined in articles of an organisation's framework instrument
    are another instrument's; a law that "punishes with a maximum custodial sentence of two years"
    sets a threshold. A term for data about persons ("PNR data") names personal data wherever it
    is used, outside its definition; "personal data" itself is left to the patterns."""
    units = [
        _unit("2(a)", "2", "Definitions", '"illicit traffic" means the offences that a Party has established in '
              "accordance with article 5, paragraphs 1 and 2;"),
        _unit("2(b)", "2", "Definitions", '"covered offence" means illicit traffic and any offence that a Party has '
              "established in accordance with article 6;"),
        _unit("2(c)", "2", "Definitions", '"listed offence" means any offence falling within one of the categories '
              "set out in the Annex;"),
        _unit("2(d)", "2", "Definitions", '"treaty offence" means an offence established in accordance with any '
              "international agreement in force between the Parties;"),
        _unit("2(e)", "2", "Definitions", '"terrorist offence" means any offence defined as such in Articles 3 to 12 '
              "of Framework Instrument 4/2017 of the Council of the Union;"),
        _unit("2(f)", "2", "Definitions", '"extraditable offence" means an offence which the law of the requested '
              "Party punishes with a maximum custodial sentence of two years or more;"),
        _unit("2(g)", "2", "Definitions", '"PNR data" means the records an air carrier keeps of each journey booked '
              "by a passenger;"),
        _unit("2(h)", "2", "Definitions", '"personal data" means any information relating to an identified or '
              "identifiable natural person;"),
        _unit("2(i)", "2", "Definitions", '"supervisory authority" means an independent body supervising the '
              "processing of personal data;"),
        _unit("14(1)", "14", "Retention", "The competent authority shall retain PNR data for no longer than five "
              "years."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.words, t.personal) for t in model.defined_terms] == [
        ("illicit traffic", "defined", "offences that a Party has established in accordance with article 5", False),
        ("covered offence", "defined", "offence that a Party has established in accordance with article 6", False),
        ("listed offence", "defined", "categories set out in", False),
        ("treaty offence", "treaty", "established in accordance with any international agreement", False),
        ("terrorist offence", "treaty", "Articles 3 to 12 of Framework Instrument", False),
        ("extraditable offence", "serious", "punishes with a maximum custodial sentence of two years", False),
        ("PNR data", None, "", True),
        ("personal data", None, "", False),
        ("supervisory authority", None, "", False),
    ]
    assert {u.clause_id: model.personal_data_uses(u.clause_id, u.text) for u in units} == {
        "2(a)": [], "2(b)": [], "2(c)": [], "2(d)": [], "2(e)": [], "2(f)": [], "2(g)": [], "2(h)": [], "2(i)": [],
        "14(1)": [(37, 45)],
    }
    assert units[-1].text[37:45] == "PNR data"


LAUNDERING_STYLE = """Convention on the Recovery of Illicit Gains

Working text written for the tests.

Article 1
Definitions
For the purposes of this Convention:
(a) "predicate offence" means any offence as a result of which gains have been obtained that may become the subject of an offence as defined in article 6;
(b) "passenger records" means the records a carrier keeps of each journey booked by a passenger;
(c) "personal data" means any information relating to an identified or identifiable natural person.

Article 6
Laundering
Each Party shall establish as criminal offences the conversion or transfer of property that is the proceeds of a predicate offence.

Article 9
Retention
A Party shall retain passenger records for no longer than three years, and personal data for no longer than one year.
"""


def test_a_definition_of_a_class_of_offences_carries_its_own_tier_and_a_data_term_its_basis(tmp_path, patterns_nlp):
    """Codebook, "Defined terms": the definition of a class of offences gets the tier its
    definition gives the term ("any offence ... that may become the subject of an offence as
    defined in article 6": `any`, not `defined` for the words it cites). A term defined as data
    about persons ("passenger records") is personal data where it is used: the evidence is its
    words, resting on the definition; "personal data" itself is the patterns' own evidence."""
    from treatyscope.pipeline import label_document

    path = tmp_path / "gains.txt"
    path.write_text(LAUNDERING_STYLE, encoding="utf-8")
    labelled, _ = label_document(read_document(path), nlp=patterns_nlp)
    got = {c.clause.clause_id: (c.tiers, c.safeguards) for c in labelled.clauses if c.clause.article in ("1", "6", "9")}
    # the definition's own tier is the document model's (a fact every decision rule gives), the
    # pattern's `defined` for "an offence as defined in article 6" is dropped; a definition of
    # personal data is none (codebook, "Data protection")
    assert got == {"1": ([], []), "1(a)": ([], []), "1(b)": ([], []), "1(c)": ([], []),
                   "6": (["defined"], []), "9": ([], ["proportionality", "data_protection"])}
    model = build_model([c for c in segment_document(read_document(path)).clauses if not c.skipped])
    assert model.definition_tiers("1(a)") == {"any"}
    one_a = next(c for c in labelled.clauses if c.clause.clause_id == "1(a)").clause
    assert model.clause_facts("1(a)", "1", one_a.text).markers() == ["FN_definition", "HIT_any"]
    nine = next(c for c in labelled.clauses if c.clause.clause_id == "9")
    assert [(e.label, e.text, e.basis) for e in nine.evidence if e.label == "data_protection"] == [
        ("data_protection", "passenger records", 'defined term "passenger records" (article 1, 1(b)): personal data'),
        ("data_protection", "personal data", None),
    ]


@pytest.mark.parametrize(("before", "expected"), [
    ("return of a person who has been the object of conduct set forth in ", True),
    ("assistance to victims of offences referred to in ", True),
    ("compensate the victims of any offence covered by ", True),
    ("organized criminal groups engaged in conduct set forth in ", False),
    ("mutual legal assistance in respect of the offences established in accordance with ", False),
    ("the protection of victims. Assistance shall extend to offences under ", False),
])
def test_a_citation_that_names_the_victims_of_the_cited_offences_is_no_scope(before, expected):
    """The gold's smuggling protocol: "persons who have been the object of conduct set forth in
    article 6" names the persons a measure protects, not the offences it reaches (no `defined`);
    "groups engaged in conduct set forth in article 6" names the offences."""
    assert cites_victims(before) is expected


def test_an_amending_protocols_inserted_text_is_read_by_its_own_words():
    """Three drafts read blind on 2026-12-05 (night, later): in an amending protocol, an article
    whose formula inserts text into the parent convention ("Article 3 of the Convention shall be
    supplemented by the following paragraphs:") is no final clause, though its chapter is
    "Amendments to the Convention"; an article of that chapter without such a formula, and the
    protocol's own amendment procedure, stay final. A term for "any data ... whether or not it
    contains personal data" names no personal data."""
    chapter = ("CHAPTER II – Amendments to the Convention",)
    units = [
        _unit("1(a)", "1", "Definitions", '"information" means any data, document or record, whether or not it '
              "contains personal data;"),
        _unit("5", "5", "Political offences", "Article 3 of the Convention shall be supplemented by the following "
              "paragraphs:", chapter),
        _unit("5(1)", "5", "Political offences", "The requested Party may refuse extradition where the request is "
              "made for the purpose of prosecuting a person on account of his or her race.", chapter),
        _unit("6", "6", "Entry into force of the amendments", "The amendments in this Chapter shall take effect "
              "with this Protocol.", chapter),
        _unit("30(1)", "30", "Amendments", "Any Party may propose amendments to this Protocol.", ("CHAPTER V – Final clauses",)),
    ]
    model = build_model(units)
    assert model.article_functions == {"1": "definition", "5": "measure", "6": "final", "30": "final"}
    assert [(t.term, t.personal) for t in model.defined_terms] == [("information", False)]


_CUE_TEXTS = [
    "Each Party shall establish as criminal offences under its domestic law, when committed intentionally:",
    "Each State Party shall ESTABLISH AS CRIMINAL OFFENCES the conduct set forth in article 3.",
    "Each Party shall eſtabliſh as criminal offences the following conduct.",  # long s: re.I folds it to s
    "Each Party shall establiſh as criminal offences the following conduct.",
    "A person commİts an offence if that person unlawfully seizes an aircraft.",  # dotted capital I
    "whoever \u212aNOWINGLY makes a criminal offence of it",  # Kelvin sign
    "Both Parties treat as a criminal offence the conduct underlying the request.",
    "The requested State may make execution conditional on the conduct being punishable.",
    "Articles 3 and 4 of the Convention shall be supplemented by the following paragraphs:",
    "Personal data received before the denunciation takes effect shall remain protected.",
    "The Committee shall meet at least once a year – at Strasbourg – in closed session.",
    "Disputes between the Parties concerning the interpretation of this Convention shall be settled.",
    "", "punishable", "criminali", "Shall be made punishable by imprisonment",
]


def test_screened_cues_answer_as_their_whole_alternation(corpus):
    """Each clause cue runs only the patterns whose plain words a clause holds: the answers are
    those of the whole alternation, on every 40th corpus treaty's clauses and on texts with the
    letters beyond ASCII that a case-insensitive search folds to ASCII letters."""
    from treatyscope.docmodel import _cues, _flat

    files = sorted((corpus / "treaties").glob("*.md"))[::40]
    texts = _CUE_TEXTS + [_flat(c.text) for f in files for c in segment_document(read_document(f)).clauses]
    for name, cue in _cues().clause.items():
        assert [cue.hit(t) for t in texts] == [cue.regex.search(t) is not None for t in texts], name
    hits = {name: [i for i, t in enumerate(_CUE_TEXTS) if cue.hit(t)] for name, cue in _cues().clause.items()}
    assert hits == {"amending": [8], "criminalisation": [0, 1, 2, 3, 4, 5, 15], "monitoring": [10],
                    "measure": [7, 9], "final": [11], "received": [9], "abroad": []}


RECITALS = """Convention on Assistance in Criminal Matters

Working text written for the tests.

The States Parties to this Convention,

Having regard to the Universal Declaration of Human Rights and the Convention for the Protection of Human Rights and Fundamental Freedoms;

Mindful of the need to ensure a proper balance between the interests of law enforcement and respect for fundamental human rights;

Have agreed as follows:

Article 1
Assistance
The Parties shall afford each other assistance in a manner consistent with the Convention for the Protection of Human Rights and Fundamental Freedoms.
"""


def test_a_recital_that_recalls_an_instrument_is_no_human_rights(tmp_path, patterns_nlp):
    """Codebook, "Recitals": a recital that recalls an instrument gets none; one that states a
    need to respect human rights gets `human_rights`; an operative clause that binds assistance
    to the instrument gets it too (its evidence the instrument's words)."""
    from treatyscope.pipeline import label_document

    path = tmp_path / "recitals.txt"
    path.write_text(RECITALS, encoding="utf-8")
    labelled, _ = label_document(read_document(path), nlp=patterns_nlp)
    got = {c.clause.clause_id: [(e.label, e.text) for e in c.evidence] for c in labelled.clauses
           if c.clause.article in ("preamble", "1")}
    assert got == {
        "preamble(1)": [], "preamble(2)": [], "preamble(3)": [],
        "preamble(4)": [],
        "preamble(5)": [("human_rights", "human rights")],
        "preamble(6)": [],
        "1": [("human_rights", "Human Rights and Fundamental Freedoms")],
    }


def test_a_recitals_constraint_is_read_across_line_breaks():
    """The words of a constraint are read with each run of whitespace as one space: a recital
    hard-wrapped inside "is to be" states the same constraint (codebook, "Recitals")."""
    from treatyscope.docmodel import states_a_need

    assert [states_a_need(t) for t in (
        "Determined that all cooperation under this Memorandum is\nto be carried out with full respect for human rights",
        "Determined that all cooperation under this Memorandum is to be carried out with full respect for human rights",
        "Having regard to the Universal Declaration of\nHuman Rights",
    )] == [True, True, False]


DATA_ARTICLE = """Agreement on Customs Cooperation

Working text written for the tests.

Article 12
Protection of personal data
1. Personal data shall be transmitted solely to the competent authority for which the data are needed.
2. The receiving authority shall inform the supplying authority of the use made of the data received.
"""


def test_the_data_of_an_article_on_personal_data_stand_in_only_where_the_clause_names_none(tmp_path, patterns_nlp):
    """In an article about personal data, "the data" are personal data (codebook, "Data
    protection"): the evidence of a clause that names no personal data of its own (12(2)),
    resting on the heading; a clause that says "Personal data" shows those words, and "the
    data" after them are the same data again (12(1)). The patterns-only pipeline runs the
    clause whose only evidence is the heading's "data" through spaCy too (its prefilter reads
    the document model), so it gives what the unfiltered pipeline gives."""
    from treatyscope.pipeline import label_clauses
    from treatyscope.segment import segment_document as segment

    path = tmp_path / "data.txt"
    path.write_text(DATA_ARTICLE, encoding="utf-8")
    clauses = [c for c in segment(read_document(path)).clauses if not c.skipped and c.kind != "title"]
    got = [{c.clause.clause_id: [(e.label, e.text, e.basis) for e in c.evidence] for c in
            label_clauses(patterns_nlp, clauses, prefilter=prefilter) if c.clause.article == "12"}
           for prefilter in (True, False)]
    basis = 'article 12 "Protection of personal data": its data are personal data'
    assert got == [{"12(1)": [("data_protection", "Personal data", None)],
                    "12(2)": [("data_protection", "the data", basis)]}] * 2


def test_the_document_model_of_the_drafts_read_blind_on_2026_12_06():
    """What three drafts read blind on 2026-12-06 taught the document model (docs/evaluation.md,
    "Four drafts read blind (2026-12-06)"): a quoted term that "is any one of the acts listed
    below" is defined (and a criminalisation clause that makes it an offence names the treaty's
    own crime); a threshold written with the maximum first ("a maximum term of imprisonment of four
    years or more", "a maximum penalty of at least four years' deprivation of liberty") is serious,
    not "any offence"; "make the following conduct criminal" establishes offences; "Criminalisation
    under national law" and a
    policy heading ("Border measures", over a clause that makes carriers' conduct punishable)
    name no crime."""
    units = [
        _unit("3(1)", "3", "Definition of crimes against humanity", 'In this Convention, a "crime against '
              'humanity" is any one of the acts listed below, when committed as part of a widespread attack:'),
        _unit("3(2)", "3", "Definition of crimes against humanity", '"serious crime" means any offence for which '
              "the law of the State Party concerned provides a maximum term of imprisonment of four years or more;"),
        _unit("3(3)", "3", "Definition of crimes against humanity", '"grave offence" means any criminal offence for '
              "which the law provides a maximum penalty of at least four years' deprivation of liberty;"),
        _unit("7(1)", "7", "Criminalisation under national law", "Each State Party shall take the measures "
              "necessary to ensure that crimes against humanity constitute offences under its criminal law."),
        _unit("8(1)", "8", "Laundering of proceeds of crime", "Each State Party shall make the following conduct "
              "criminal when it is engaged in intentionally:"),
        _unit("17(1)", "17", "Border measures", "Each State Party shall strengthen border controls."),
        _unit("17(2)", "17", "Border measures", "Each State Party shall make it a criminal offence for a "
              "commercial carrier to transport persons without travel documents."),
        _unit("20(1)", "20", "Mutual legal assistance", "States Parties shall afford one another assistance in "
              "investigations of crimes against humanity and of serious crime."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.words) for t in model.defined_terms] == [
        ("crime against humanity", None, ""),
        ("serious crime", "serious", "maximum term of imprisonment of four years"),
        ("grave offence", "serious", "maximum penalty of at least four years"),
    ]
    assert [(o.term, o.article, o.source) for o in model.offences] == [
        ("laundering of proceeds of crime", "8", "heading"), ("crime against humanity", "3", "definition"),
    ]
    assert model.criminalisation_articles == ["7", "8", "17"]


def test_definitions_inside_a_criminalisation_article():
    """What the drafts read blind on 2026-12-06 (evening) taught the document model (docs/evaluation.md,
    "Five drafts read blind (2026-12-06, evening)"): a term defined inside a criminalisation article is
    a definition, quoted ('"serious offence" means ...') or named after its matter ('the offences
    established in accordance with paragraphs 1 and 2 are together called "foreign bribery"'), and its
    uses take its tier; the crime the article's heading names stays established there ("Genocide":
    'For the purpose of this Statute, "genocide" means any of the following acts'), and an element
    defined there ('"Torture" means ...') names no crime of its own."""
    units = [
        _unit("1(1)", "1", "Bribery of foreign public officials", "Each Party shall establish as a criminal offence "
              "the intentional offering of any undue advantage to a foreign public official."),
        _unit("1(2)", "1", "Bribery of foreign public officials", "In this Convention, the offences established in "
              'accordance with paragraph 1 are together called "foreign bribery".'),
        _unit("1(3)", "1", "Bribery of foreign public officials", 'For the purposes of this Convention, "serious '
              'offence" means an offence punishable by a maximum term of imprisonment of at least four years.'),
        _unit("2(1)", "2", "Genocide", 'For the purpose of this Statute, "genocide" means any of the following '
              "acts committed with intent to destroy a national group:"),
        _unit("2(2)", "2", "Genocide", '"Torture" means the intentional infliction of severe pain upon a person '
              "in custody."),
        _unit("9(1)", "9", "Mutual legal assistance", "The Parties shall afford one another assistance in "
              "investigations of foreign bribery and of any serious offence."),
        _unit("9(2)", "9", "Mutual legal assistance", "No person shall be subjected to torture."),
    ]
    model = build_model(units)
    assert {cid: model.functions[cid] for cid in ("1(1)", "1(2)", "1(3)", "2(1)", "2(2)", "9(1)")} == {
        "1(1)": "criminalisation", "1(2)": "definition", "1(3)": "definition", "2(1)": "criminalisation",
        "2(2)": "definition", "9(1)": "measure"}
    assert [(t.term, t.tier, t.words) for t in model.defined_terms] == [
        ("foreign bribery", "defined", "offences established in"),
        ("serious offence", "serious", "punishable by a maximum term of imprisonment of at least four years"),
        ("Torture", None, ""),
    ]
    assert [(o.term, o.article, o.source) for o in model.offences] == [
        ("bribery of foreign public officials", "1", "heading"), ("genocide", "2", "heading"),
        ("foreign bribery", "1", "definition"),
    ]
    # the crime's own definition carries no tier of its own (codebook, the treaty's own crime: not
    # in "a definition of the term"); a class of offences defined there does
    assert [model.plain_definition(cid) for cid in ("1(2)", "1(3)", "2(2)")] == [True, False, True]
    assert model.definition_tiers("1(3)") == frozenset({"serious"})
    # the heading's crime defined in one clause and established by another: the first is its definition
    other = build_model([
        _unit("6(1)", "6", "Public provocation to commit a terrorist offence", 'For the purposes of this Convention, '
              '"public provocation to commit a terrorist offence" means disseminating a message to the public.'),
        _unit("6(2)", "6", "Public provocation to commit a terrorist offence", "Each Party shall establish public "
              "provocation to commit a terrorist offence as a criminal offence under its domestic law."),
    ])
    assert other.functions == {"6(1)": "definition", "6(2)": "criminalisation"}
    facts = model.clause_facts("9(1)", "9", units[5].text, [], None, frozenset())
    assert [(t.term, t.tier) for t in facts.defined_terms] == [("foreign bribery", "defined"),
                                                                ("serious offence", "serious")]


PURPOSES_STYLE = """CONVENTION AGAINST TRAFFICKING IN HUMAN ORGANS

Article 1
Purposes
The purposes of this Convention are:
(a) to prevent and suppress trafficking in human organs;
(b) to protect the rights of persons harmed by the offences established in accordance with this Convention.

Article 4
Trafficking in human organs
Each Party shall establish trafficking in human organs as a criminal offence under its domestic law.

Article 9
Mutual legal assistance
The Parties shall afford one another assistance in investigations of the offences established in accordance with this Convention.
"""


def test_the_items_of_a_purpose_lead_in_are_aims(tmp_path, patterns_nlp):
    """"The purposes of this Convention are: (a) to prevent and suppress trafficking in human organs"
    states an aim: the item names no tier, by the crime's term or by the patterns' words (codebook,
    tier rules: "not in a purpose clause"; the gold's Council of Europe conventions read so); an
    operative clause naming the same offences does."""
    from treatyscope.pipeline import label_document

    path = tmp_path / "organs.txt"
    path.write_text(PURPOSES_STYLE, encoding="utf-8")
    labelled, _ = label_document(read_document(path), nlp=patterns_nlp)
    assert {c.clause.clause_id: c.tiers for c in labelled.clauses} == {
        "preamble(1)": [], "1": [], "1(a)": [], "1(b)": [], "4": ["defined"], "9": ["defined"]}
    model = build_model([c for c in segment_document(read_document(path)).clauses if not c.skipped])
    assert model.purpose_lead_ins == frozenset({"1"})
    assert [model.in_purpose("1", cid) for cid in ("1", "1(a)", "1(b)")] == [False, True, True]
    facts = {cid: model.clause_facts(cid, art, text, [], lead) for cid, art, text, lead in (
        ("1(a)", "1", "to prevent and suppress trafficking in human organs;", "1"),
        ("9", "9", "assistance in investigations of trafficking in human organs.", "9"))}
    assert {cid: [o.term for o in f.own_offences] for cid, f in facts.items()} == {
        "1(a)": [], "9": ["trafficking in human organs"]}


LIST_TREATY = """TREATY FOR THE RECIPROCAL SURRENDER OF FUGITIVE CRIMINALS

Article I
The High Contracting Parties engage to deliver up to each other all persons charged with any of the crimes enumerated in Article II.

Article II
Surrender shall be reciprocally granted for the crimes or offences set out in the following list, provided that the act is punishable by the laws of both countries:
1. Murder.
2. Arson, and the wilful setting on fire of buildings.
3. Attempts to commit any of the above crimes.

Article III
The transit of a person delivered up by a third State shall be granted on production of the order of surrender.
"""


def test_an_older_treaty_s_surrender_and_its_numbered_list_of_crimes(tmp_path):
    """The older treaties' words for the measure ("deliver up", "Surrender shall be granted", "The
    transit ... shall be granted") make it one, and a numbered paragraph under an unnumbered lead-in
    that lists crimes is an item of that closed list (codebook, "Closed lists"), save one that refers
    back ("any of the above crimes"): the list treaty read blind on 2026-12-06 (evening)."""
    path = tmp_path / "list.txt"
    path.write_text(LIST_TREATY, encoding="utf-8")
    clauses = [c for c in segment_document(read_document(path)).clauses if not c.skipped]
    model = build_model(clauses)
    assert model.article_functions == {"preamble": "preamble", "I": "measure", "II": "measure", "III": "measure"}
    assert model.offence_lists == ["II"]
    assert model.list_paragraphs == {"II(1)": "II", "II(2)": "II", "II(3)": "II"}
    listed = {c.clause_id: model.clause_facts(c.clause_id, c.article, c.text, [], c.clause_id).list_item
              for c in clauses if c.article == "II"}
    assert listed == {"II": None, "II(1)": "II", "II(2)": "II", "II(3)": None}


def test_a_clause_that_establishes_offences_is_defined_by_its_words():
    """Codebook, "Criminalisation": the clause that establishes offences gets `defined`, whatever
    words establish them ("A further offence is committed by any person who:", "Each of the
    following shall be punishable as an ordinary crime:"), with the words as its evidence; not an
    obligation to punish offences named by a back-reference ("make those offences punishable": no
    tier), a clause about a request between States, nor the clause's items (conduct)."""
    units = [
        _unit("1(1)", "1", "Offences", "Any person commits an offence if he unlawfully seizes an aircraft."),
        _unit("1(2)", "1", "Offences", "A further offence is\ncommitted by any person who:"),
        _unit("1(2)(a)", "1", "Offences", "attempts to commit such an act;"),
        _unit("3", "3", "Penalties", "Each of the following shall be punishable as an ordinary crime:"),
        _unit("4", "4", "Penalties", "Each Party shall make those offences punishable by appropriate penalties."),
        _unit("5", "5", "Penalties", "A person shall be surrendered for any conduct which the laws of the requesting "
              "Party and of the requested Party alike make punishable by imprisonment."),
    ]
    model = build_model(units)
    lead = {"1(2)(a)": "1(2)"}
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), lead.get(u.clause_id, u.clause_id))
             for u in units}
    assert {cid: f.markers() for cid, f in facts.items()} == {
        "1(1)": ["FN_criminalisation", "HIT_defined"], "1(2)": ["FN_criminalisation", "HIT_defined"],
        "1(2)(a)": ["FN_criminalisation"], "3": ["FN_criminalisation", "HIT_defined"],
        "4": ["FN_criminalisation"], "5": ["FN_criminalisation"],
    }
    text = units[1].text
    (s, e), why = facts["1(2)"].basis("defined", text)
    assert (text[s:e], why) == ("A further offence is\ncommitted by any person",
                                "the clause establishes offences (a criminalisation clause)")


def test_a_term_considered_to_be_a_conduct_and_made_an_offence_under_criminal_law_is_an_own_crime():
    """A treaty read blind (2026-12-06, session 30) defines its crime with "is considered to be"
    and criminalises it with "ensure that ... constitutes an offence under its criminal law": the
    definition is a definition, the clause establishes offences (codebook, "Criminalisation":
    `defined`), and the term names the instrument's own crime where it delimits a measure."""
    units = [
        _unit("2", "2", "", 'For the purposes of this Convention, "forced relocation" is considered to be the '
              "removal of a person from his or her home by agents of the State without a lawful order."),
        _unit("4", "4", "", "Each State Party shall take the necessary measures to ensure that forced relocation "
              "constitutes an offence under its criminal law."),
        _unit("13(4)", "13", "", "A State Party may consider this Convention as the legal basis for extradition in "
              "respect of the offence of forced relocation."),
    ]
    model = build_model(units)
    assert [t.term for t in model.defined_terms] == ["forced relocation"]
    assert [o.to_dict() for o in model.offences] == [
        {"term": "forced relocation", "article": "2", "source": "definition"}]
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, ()).markers() for u in units}
    assert facts == {"2": ["FN_definition"], "4": ["FN_criminalisation", "HIT_defined", "OWN_CRIME"],
                     "13(4)": ["FN_measure", "OWN_CRIME"]}


def test_a_lead_in_passes_its_items_the_labels_of_its_last_sentence(tmp_path, patterns_nlp):
    """The items continue the last sentence of their lead-in (codebook, "Items"): a ground waived
    in an earlier sentence is no label of the lead-in for them (``LEAD_`` markers, the features the
    classifier reads), while a ground the last sentence states is."""
    from treatyscope.features import clause_features
    from treatyscope.pipeline import iter_docs

    path = tmp_path / "lead_ins.txt"
    path.write_text(
        "Article 4\nExecution of requests\n\n"
        "1. The requested State shall not decline to provide information on the ground of bank secrecy. If so "
        "requested, the requested State shall:\n\n"
        "a) specify the time and place for the taking of testimony;\n\n"
        "b) permit the presence of the persons concerned.\n\n"
        "2. The requested State shall provide the information promptly. Assistance may be refused:\n\n"
        "a) if the information is held outside its territory;\n\n"
        "b) if the request is manifestly unfounded.\n", encoding="utf-8")
    clauses = [c for c in segment_document(read_document(path)).clauses if not c.skipped and c.kind != "title"]
    model = build_model(clauses)
    docs = patterns_nlp.pipe(iter_docs(patterns_nlp, clauses, document=model))
    leads = {c.clause_id: [m for m in clause_features(d)["facts"].split() if m.startswith("LEAD_") and "@" not in m]
             for c, d in zip(clauses, docs)}
    assert leads == {"4(1)": [], "4(1)(a)": [], "4(1)(b)": [],
                     "4(2)": [], "4(2)(a)": ["LEAD_refusal_grounds"], "4(2)(b)": ["LEAD_refusal_grounds"]}


def test_a_conduct_defined_by_an_instrument_that_criminalises_nothing_names_no_own_crime():
    """A civil-law convention defines "corruption" and gives its victims remedies but establishes
    no offence (a treaty read blind, 2026-12-06, session 31): `defined` is offences the instrument
    itself establishes, so its term names none; the same definition in a convention that
    criminalises the conduct does."""
    civil = [
        _unit("2", "2", "Definition", 'For the purposes of this Convention, "corruption" means requesting, '
              "offering, giving or accepting a bribe or any other undue advantage."),
        _unit("8(1)", "8", "Validity of contracts", "Each Party shall ensure that a contract made in order to "
              "commit corruption is void."),
    ]
    assert build_model(civil).offences == []
    criminal = civil + [_unit("5", "5", "Active bribery", "Each Party shall adopt such measures as may be "
                              "necessary to establish as criminal offences under its domestic law the conduct "
                              "referred to in article 2.")]
    assert [o.to_dict() for o in build_model(criminal).offences] == [
        {"term": "active bribery", "article": "5", "source": "heading"},
        {"term": "corruption", "article": "2", "source": "definition"}]


def test_an_item_naming_the_own_crime_as_the_object_of_an_attempt_or_a_complicity_is_defined():
    """Codebook, "Criminalisation": an item of a criminalisation lead-in gets `defined` when its own
    words name offences. The instrument's own crime named as what is attempted, conspired, incited
    or aided ("Conspiracy to commit genocide;", as the gold's "attempts to commit an act of
    hostage-taking") names one; the crime's bare term as the conduct made punishable ("The
    smuggling of migrants;" in the gold) names none (treaties read whole, 2026-12-06, session 32)."""
    units = [
        _unit("3", "3", "Hijacking", "The following acts shall be punishable:"),
        _unit("3(a)", "3", "Hijacking", "Hijacking;"),
        _unit("3(b)", "3", "Hijacking", "Conspiracy to commit hijacking;"),
        _unit("3(c)", "3", "Hijacking", "Public incitement to commit hijacking;"),
        _unit("3(d)", "3", "Hijacking", "Complicity in hijacking."),
        _unit("5", "5", "Extradition", "Hijacking shall be an extraditable offence."),
    ]
    model = build_model(units)
    assert [o.term for o in model.offences] == ["hijacking"]
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), "3" if "(" in u.clause_id
                                             else u.clause_id) for u in units}
    assert {cid: f.markers() for cid, f in facts.items()} == {
        "3": ["FN_criminalisation", "HIT_defined"],
        "3(a)": ["FN_criminalisation", "OWN_CRIME"],
        "3(b)": ["FN_criminalisation", "HIT_defined", "OWN_CRIME"],
        "3(c)": ["FN_criminalisation", "HIT_defined", "OWN_CRIME"],
        "3(d)": ["FN_criminalisation", "HIT_defined", "OWN_CRIME"],
        "5": ["FN_measure", "OWN_CRIME"],
    }
    text = units[2].text
    (s, e), why = facts["3(b)"].basis("defined", text)
    assert (text[s:e], why) == (
        "Conspiracy to commit hijacking",
        "names the instrument's own offence as the object of an attempt, a conspiracy, an incitement or a "
        "complicity (an item of a criminalisation clause)")


def test_items_of_a_definitions_lead_in_define_their_terms_without_quotation_marks():
    """An article with no heading whose lead-in opens definitions ("For the purpose of the present
    Protocol:") and whose items say "X means ..." defines its terms (a treaty read whole,
    2026-12-06, session 32): a defined conduct the instrument criminalises names its own crime
    where it recurs; an article whose items define nothing stays what its words make it."""
    units = [
        _unit("2", "2", None, "For the purpose of the present Protocol:"),
        _unit("2(a)", "2", None, "Sale of persons means any transaction by which a person is handed over to "
              "another in return for payment;"),
        _unit("2(b)", "2", None, "Child pornography means any depiction of a child in explicit sexual activity."),
        _unit("3(1)", "3", None, "Each State Party shall ensure that the following acts are fully covered under its "
              "criminal or penal law:"),
        _unit("3(1)(a)", "3", None, "offering a person for sale;"),
        _unit("4", "4", None, "For the purposes of this Protocol:"),
        _unit("4(a)", "4", None, "the Parties shall meet every year."),
        _unit("10(1)", "10", None, "States Parties shall cooperate in the investigation of the sale of persons."),
    ]
    items = {"2(a)": "a", "2(b)": "b", "3(1)(a)": "a", "4(a)": "a"}
    for u in units:  # the items' letters (an item is what defines so)
        u.subparagraph = items.get(u.clause_id)
    model = build_model(units)
    assert {a: model.article_functions[a] for a in ("2", "3", "4", "10")} == {
        "2": "definition", "3": "criminalisation", "4": "", "10": ""}
    assert [(t.term, t.clause_id) for t in model.defined_terms] == [("Sale of persons", "2(a)"),
                                                                    ("Child pornography", "2(b)")]
    assert [o.to_dict() for o in model.offences] == [
        {"term": "sale of persons", "article": "2", "source": "definition"},
        {"term": "child pornography", "article": "2", "source": "definition"}]
    assert model.clause_facts("10(1)", "10", units[-1].text, ()).markers() == ["FN_other", "OWN_CRIME"]



def test_a_term_defined_by_the_means_used_is_other():
    """Codebook, "Defined terms" and tier `other` (offences marked only by the means used): a
    term defined as offences committed by means of a computer system ("computer-related
    offence", the common-law treaty read blind in session 34) is `other` where it delimits a
    measure; a term that names no offence ("traffic data") takes no tier, and its use none."""
    units = [
        _unit("1(e)", "1", "Definitions", '"computer-related offence" means an offence committed by means of a computer '
              "system or an electronic communications network;"),
        _unit("1(f)", "1", "Definitions", '"traffic data" means computer data relating to a communication;'),
        _unit("23(2)", "23", "Preservation of stored computer data", "A request under this Article may be made in "
              "relation to any computer-related offence."),
        _unit("24", "24", "Traffic data", "The requested State shall disclose traffic data without delay."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.offence) for t in model.defined_terms] == [
        ("computer-related offence", "other", True), ("traffic data", None, False)]
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text).markers() for u in units[2:]}
    assert got == {"23(2)": ["FN_measure", "DT_other", "HIT_other"], "24": ["FN_measure"]}


def test_a_definition_that_names_two_classes_gives_its_term_both_tiers():
    """Codebook, "Defined terms": a term defined as the instrument's own offences "as well as
    other" offences marked by the means used (the continental convention of session 35:
    '"cybercrime" means the offences established in accordance with Chapter II ..., as well as
    any other criminal offence committed by means of a computer system'; the translated agreement:
    'an act specified in the Annex ..., as well as other acts ... committed with the use of
    information technologies') takes `defined` and `other` wherever it delimits a measure. Only
    that pair: "any offence punishable by at least four years" stays `serious` alone (a threshold
    restricts "any"). The translation's "Terms used" is a definitions heading, and "recognise as
    criminal the following acts" a criminalisation."""
    units = [
        _unit("1(1)", "1", "Terms used", '"crime in the field of information technology" means an act specified in '
              "the Annex to this Agreement, as well as other acts recognised as criminal under the national "
              "legislation of the Parties which are committed with the use of information technologies;"),
        _unit("1(2)", "1", "Terms used", '"cybercrime" means the offences established in accordance with Chapter II, '
              "as well as any other criminal offence committed by means of a computer system;"),
        _unit("1(3)", "1", "Terms used", '"grave crime" means any offence punishable by deprivation of liberty for '
              "at least four years;"),
        _unit("3(1)", "3", "Criminally punishable acts", "The Parties shall, in accordance with their national "
              "legislation, recognise as criminal the following acts, where committed intentionally:"),
        _unit("8", "8", "Investigative actions", "The requested Party shall perform investigative actions in connection "
              "with a crime in the field of information technology."),
    ]
    model = build_model(units)
    assert [(t.term, t.clause_id, t.tier) for t in model.defined_terms] == [
        ("crime in the field of information technology", "1(1)", "other"),
        ("crime in the field of information technology", "1(1)", "defined"),
        ("cybercrime", "1(2)", "other"), ("cybercrime", "1(2)", "defined"),
        ("grave crime", "1(3)", "serious")]
    assert {a: model.article_functions[a] for a in ("1", "3", "8")} == {
        "1": "definition", "3": "criminalisation", "8": "measure"}
    assert model.clause_facts("8", "8", units[-1].text).markers() == [
        "FN_measure", "DT_defined", "DT_other", "HIT_defined", "HIT_other", "OWN_CRIME"]


def test_the_acts_a_criminalisation_article_makes_offences_by_citing_another_article():
    """A translation's convention on terrorism, separatism and extremism (a draft read blind in
    session 36) defines its crimes in Article 1 and criminalises them in Article 3 by citation
    ("ensure that the acts referred to in Article 1 are recognised ... as criminal offences"):
    Article 1 is then where the own crimes are. The classes of offences it defines are own crimes
    wherever their terms recur ("separatism"), whatever else their definitions give ("terrorism":
    the offences of the treaties in the Annex, `treaty`); a measure "in relation to the acts
    referred to in Article 1" names them (`defined`, and the `treaty` of the cited definition, as a
    term defined by two classes has both), its words the citation. Only the part cited counts
    ("Article 3, subparagraph (a)"), and a threshold defined there ("serious crime") is no own
    crime; the persons a measure protects ("victims of the acts referred to in Article 1") and a
    citation of another instrument's article are no scope."""
    units = [
        _unit("1(1)", "1", "Definitions", "For the purposes of this Convention:"),
        _unit("1(1)(1)", "1", "Definitions", '"terrorism" means any act which is an offence under one of the treaties '
              "listed in the Annex to this Convention;"),
        _unit("1(1)(2)", "1", "Definitions", '"separatism" means any act committed with the use of violence and '
              "directed at the dismemberment of the territory of a State;"),
        _unit("1(1)(3)", "1", "Definitions", '"grave crime" means any offence punishable by deprivation of liberty '
              "for at least four years;"),
        _unit("3(1)", "3", "Criminalisation", "Each Party shall take such measures as may be necessary to ensure that "
              "the acts referred to in paragraph 1 of Article 1 are recognised under its national law as "
              "criminal offences."),
        _unit("11(1)", "11", "Operational search actions", "The competent authorities of a Party may request the "
              "competent authorities of another Party to carry out operational search actions in relation to the "
              "acts referred to in Article 1."),
        _unit("12", "12", "Special investigative techniques", "The Parties may use controlled delivery in respect "
              "of separatism."),
        _unit("14", "14", "Victims", "The Parties shall assist the victims of the acts referred to in Article 1."),
        _unit("15", "15", "Extradition", "Extradition shall be granted for the acts referred to in Article 1 of the "
              "Convention of Tarn."),
    ]
    model = build_model(units)
    assert (model.criminalisation_articles, model.offence_articles) == (["3"], ["1"])
    assert [o.to_dict() for o in model.offences] == [
        {"term": "terrorism", "article": "1", "source": "definition"},
        {"term": "separatism", "article": "1", "source": "definition"}]
    # (the articles cited as the pipeline gives them: not a citation naming victims, nor one of
    # another instrument's article, :func:`treatyscope.features.clause_facts`)
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, cited)
             for u, cited in zip(units[5:], (["1"], [], [], []))}
    assert {cid: f.markers() for cid, f in facts.items()} == {
        "11(1)": ["FN_measure", "DT_treaty", "HIT_treaty", "CITE_CRIM", "HIT_defined"],
        "12": ["FN_measure", "OWN_CRIME"],
        "14": ["FN_policy"],
        "15": ["FN_measure"],
    }
    text = units[5].text
    span, why = facts["11(1)"].basis("defined", text)
    assert (text[span[0]:span[1]], why) == (
        "acts referred to in Article 1",
        "names the offences of article 1 (established by a criminalisation article, or made offences by one)")
    assert facts["11(1)"].basis("treaty", text) == (None, (
        'cites article 1, whose acts are made offences and which defines "terrorism" (1(1)(1)): '
        "treaties listed in the Annex"))
    # the part cited: "Article 3, subparagraph (a)" makes the class of offences item (a) defines an own
    # crime, not the one item (b) defines
    model = build_model([
        _unit("3(a)", "3", "Definitions", '"trafficking in human beings" means the recruitment of a person by force '
              "for exploitation;"),
        _unit("3(b)", "3", "Definitions", '"hostile act" means any act of violence against a vessel at sea;'),
        _unit("6(1)", "6", "Criminalisation", "Each Party shall establish the conduct described in Article 3, "
              "subparagraph (a), as a criminal offence under its law."),
    ])
    assert (model.offence_articles, [o.term for o in model.offences]) == (["3"], ["trafficking in human beings"])


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bshall be (made )?punishable\b", ("punishable",)),  # the optional group holds nothing required
        (r"\b(to|may|shall) (order|compel|seize)\b", ("order", "compel", "seize")),
        (r"\b(?:carry out|perform)\b[^.;]{0,9}\bin the (?:territory|internal waters)\b",
         ("territory", "internal waters")),
        (r"\b(?:a|an) (?:crime|offence)\b", ("crime", "offence")),
        (r"(?:Sub-?)?Committee\b", ("committee",)),  # case-insensitive: lower-cased words
        (r"\b(?:a|an|the) (?:act|deed)s?\b", None),  # no word of four characters on every path
        (r"(?:abcd){0,3}x", None),  # repeated nought times or more: not required
        (r"(?:abcd)+x", ("abcd",)),
    ],
)
def test_literals_every_match_holds(pattern, words):
    """The plain words a clause cue screens texts by (one of them in every match): a run of
    literal characters, or each branch's words where a group's every branch has some."""
    import re

    from treatyscope.docmodel import _literals

    assert _literals(pattern) == words
    if words:
        for text in ("to seize the ship", "the Sub-committee met", "carry out searches in the internal waters",
                     "an offence", "abcdabcdx", "x shall be made punishable"):
            if re.search(pattern, text, re.I):
                assert any(w in text.lower() for w in words), (pattern, text)


def test_a_class_of_crimes_defined_by_items_that_name_crimes_is_a_closed_list():
    """Codebook, "Closed lists" and "Defined terms": a term that names a class of crimes defined by
    a lead-in whose items name crimes and no tier ('"regional priority crimes" means the following
    conduct, where ...:' / "illicit trafficking in firearms;" / ...) is `defined`: the definition
    (a class of offences), its items (a closed list) and every use that delimits a measure. A term
    that names conduct ("terrorism") defined by items is none, nor is a list of two items whose first
    names another tier."""
    units = [
        _unit("2(c)", "2", "Definitions", '"regional priority crimes" means the following conduct, where it involves '
              "the territory of two or more Parties:"),
        _unit("2(c)(i)", "2", "Definitions", "illicit trafficking in firearms and ammunition;"),
        _unit("2(c)(ii)", "2", "Definitions", "the smuggling of migrants by sea;"),
        _unit("2(d)", "2", "Definitions", '"terrorism" means:'),
        _unit("2(d)(i)", "2", "Definitions", "the taking of hostages;"),
        _unit("2(d)(ii)", "2", "Definitions", "the seizure of aircraft;"),
        _unit("2(e)", "2", "Definitions", '"relevant offences" means:'),
        _unit("2(e)(i)", "2", "Definitions", "offences punishable by imprisonment of at least four years;"),
        _unit("2(e)(ii)", "2", "Definitions", "forgery of documents;"),
        _unit("9", "9", "Cross-border pursuit", "Officers may continue a pursuit across the border of a person "
              "suspected of regional priority crimes."),
    ]
    model = build_model(units)
    assert [(t.term, t.clause_id, t.tier, t.words) for t in model.defined_terms] == [
        ("regional priority crimes", "2(c)", "defined", "the following conduct"), ("terrorism", "2(d)", None, ""),
        ("relevant offences", "2(e)(i)", "serious", "punishable by imprisonment of at least four years")]
    assert model.offence_lists == ["2(c)"]
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (),
                                           u.clause_id.rsplit("(", 1)[0] if u.clause_id.count("(") > 1
                                           else u.clause_id).markers() for u in units}
    assert got == {
        "2(c)": ["FN_definition", "HIT_defined"],
        "2(c)(i)": ["FN_definition", "LIST_ITEM", "HIT_defined"],
        "2(c)(ii)": ["FN_definition", "LIST_ITEM", "HIT_defined"],
        "2(d)": ["FN_definition"], "2(d)(i)": ["FN_definition"], "2(d)(ii)": ["FN_definition"],
        "2(e)": ["FN_definition", "DT_serious"], "2(e)(i)": ["FN_definition", "HIT_serious"], "2(e)(ii)": ["FN_definition"],
        "9": ["FN_measure", "DT_defined", "HIT_defined", "OWN_CRIME"],
    }


def test_drafters_other_words_for_establishing_offences_and_citing_them():
    """Drafts read blind in session 38: "shall likewise criminalize", "shall, consistently with ...,
    criminalize", "make it an offence", "ensure that their criminal law punishes", "establish ... as
    unlawful" and "ensure that the conduct ... is equally unlawful" establish offences (codebook,
    "Criminalisation"); "the conduct made unlawful under Article 16" cites the criminalisation
    article, in a measure and in a clause on the liability of legal persons (codebook, "Back-
    references": an explicit citation is `defined`). "make it possible to confiscate" establishes
    none, nor does "Nothing ... shall be construed as making it an offence to ..." (a scope exclusion)."""
    units = [
        _unit("6", "6", "Illegal access", "States Parties shall ensure that their criminal law punishes any person "
              "who, without right, gains entry to a system."),
        _unit("7", "7", "Interference", "Each State Party shall likewise criminalize any deliberate act which "
              "impairs a system."),
        _unit("8", "8", "Laundering", "Each State Party shall, consistently with the fundamental principles of its "
              "law, criminalize the conversion of property."),
        _unit("9", "9", "Misuse of devices", "Each State Party shall take the legislative steps required to make it an "
              "offence, when done intentionally, to sell such a device."),
        _unit("10(1)", "10", "Unlawful conduct", "Each Party shall establish all of the following conduct as unlawful "
              "under its domestic law:"),
        _unit("10(2)", "10", "Unlawful conduct", "Each Party shall ensure that the conduct made unlawful under Article "
              "10 is equally unlawful when committed by means of a computer system."),
        _unit("11", "11", "Liability of legal persons", "Each Party shall enable legal persons to be held liable for "
              "the conduct made unlawful under Articles 6 and 10."),
        _unit("12", "12", "Seizure", "Each Party shall make it possible to confiscate goods used in conduct made "
              "unlawful under Article 10."),
        _unit("13", "13", None, "Nothing in this Convention shall be construed as making it an offence to provide "
              "impartial humanitarian assistance."),
    ]
    model = build_model(units)
    cites = {"10(2)": ("10",), "11": ("6", "10"), "12": ("10",)}  # (as the references component reads them)
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, cites.get(u.clause_id, ()), u.clause_id)
             for u in units}
    assert {cid: f.markers() for cid, f in facts.items()} == {
        "6": ["FN_criminalisation", "HIT_defined"], "7": ["FN_criminalisation", "HIT_defined"],
        "8": ["FN_criminalisation", "HIT_defined"], "9": ["FN_criminalisation", "HIT_defined"],
        # (10(2) cites its own article: no citation)
        "10(1)": ["FN_criminalisation", "HIT_defined"], "10(2)": ["FN_criminalisation", "HIT_defined"],
        "11": ["FN_criminalisation", "CITE_CRIM", "HIT_defined"],
        "12": ["FN_measure", "CITE_CRIM", "HIT_defined"], "13": ["FN_other"],
    }
    assert facts["12"].basis("defined", units[7].text) == (  # "conduct made unlawful under Article 10"
        (62, 100), "names the offences of article 10 (established by a criminalisation article, or made offences by one)")


def test_an_untitled_article_whose_items_define_quoted_terms_is_a_definitions_article():
    """An article with no title whose lead-in opens definitions and whose items define quoted terms
    is a definitions article whatever its chapter's title (a convention read blind in session 38
    put it under "Chapter I - Letters of request": its definition of personal data was read as a
    measure's data protection). An article whose lead-in defines terms "for the purpose of this
    Article" is not, nor is one with a title."""
    chapter = ("CHAPTER I - LETTERS OF REQUEST",)
    units = [
        _unit("2", "2", None, "Save where the context indicates otherwise, the following shall apply for the "
              "purposes of this Convention:", chapter),
        SimpleNamespace(clause_id="2(a)", article="2", heading=None, subparagraph="a", context=chapter,
                        text='"personal data" means any information relating to an identified natural person;'),
        _unit("3(1)", "3", None, "For the purpose of this Article:", chapter),
        SimpleNamespace(clause_id="3(1)(a)", article="3", heading=None, subparagraph="a", context=chapter,
                        text='"records" means the files of the court;'),
        _unit("3(2)", "3", None, "The requested authority shall execute the letter of request.", chapter),
        _unit("4", "4", "Scope", "For the purposes of this Convention:", chapter),
        SimpleNamespace(clause_id="4(a)", article="4", heading="Scope", subparagraph="a", context=chapter,
                        text='"court" means any judicial authority;'),
    ]
    model = build_model(units)
    assert model.article_functions == {"2": "definition", "3": "measure", "4": "policy"}


def test_definition_tiers_read_the_words_that_restrict_and_those_that_add():
    """Drafts read blind in session 39 (codebook, "Defined terms"): a definition of "any criminal
    offence ... whether or not the offence was committed by means of a computer system" is `any` (the
    means restrict nothing); "any offence whose commission is ... facilitated ... by the use of a
    computer system" is `other` (offences marked by the means); "the offences listed in Section 4,
    together with any other offence ... punishable ... for a maximum period of at least four years"
    names two classes, `serious` and `defined`, which its uses take. A lead-in "... that refers to
    serious offences, the following shall in any case be regarded as such, provided that ...:" opens a
    closed list (codebook, "Closed lists"): its items are `defined`."""
    units = [
        _unit("2(a)", "2", "Use of terms", '"predicate offence" means any criminal offence as a result of which '
              "proceeds have been generated, whether or not the offence was committed by means of a computer system;"),
        _unit("2(b)", "2", "Use of terms", '"cyber-enabled crime" means any offence whose commission is made '
              "possible, or is substantially facilitated in its reach, by the use of a computer system;"),
        _unit("2(c)", "2", "Use of terms", '"serious offences" means the offences listed in Section 4, together '
              "with any other offence that is punishable under the law of each Party by deprivation of liberty for "
              "a maximum period of at least four years;"),
        _unit("4", "4", "Serious offences", "For the purposes of Section 11 and of any other provision that refers "
              "to serious offences, the following shall in any case be regarded as such, provided that they are "
              "punishable under the law of the host Party:"),
        _unit("4(1)", "4", "Serious offences", "murder, manslaughter and grievous bodily injury;"),
        _unit("4(2)", "4", "Serious offences", "arson and other offences causing a common danger."),
    ]
    model = build_model(units)
    assert [(t.term, t.clause_id, t.tier, t.words) for t in model.defined_terms] == [
        ("predicate offence", "2(a)", "any", "any criminal offence"),
        ("cyber-enabled crime", "2(b)", "other",
         "offence whose commission is made possible, or is substantially facilitated in its reach, by the use of a "
         "computer"),
        ("serious offences", "2(c)", "serious", "punishable under the law of each Party by deprivation of liberty "
         "for a maximum period of at least four years"),
        ("serious offences", "2(c)", "defined", "offences listed in"),
    ]
    assert model.offence_lists == ["4"]
    got = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), "4" if u.article == "4" else
                                           u.clause_id).markers() for u in units}
    assert got == {
        "2(a)": ["FN_definition", "HIT_any"], "2(b)": ["FN_definition", "HIT_other"],
        "2(c)": ["FN_definition", "HIT_serious"],  # (a definition's clause: the first class it names)
        "4": ["FN_other", "DT_defined", "DT_serious", "HIT_defined", "HIT_serious", "OWN_CRIME"],
        "4(1)": ["FN_other", "LIST_ITEM", "HIT_defined"], "4(2)": ["FN_other", "LIST_ITEM", "HIT_defined"],
    }


def test_a_criminalisation_article_under_a_policy_heading_and_the_object_of_the_crimes():
    """An identity-crime convention read blind in session 39. A heading that names its subject with a
    policy's word ("Use of false identity documents": "documents") over an article whose first clause
    establishes offences is a criminalisation article, its items too (they were "policy"). A term
    defined as information about persons ('"identity information" means any information ... which
    identifies a person') that names what the instrument's own crimes act on ("Transfer of identity
    information") is the crimes' object, no personal data: its uses are no data protection. A term the
    crimes do not name ("PNR data") stays personal data."""
    units = [
        _unit("2(a)", "2", "Use of terms", '"identity information" means any information which alone or combined '
              "with other information identifies a natural person;"),
        _unit("2(b)", "2", "Use of terms", '"PNR data" means the records an air carrier keeps of each journey booked '
              "by a passenger;"),
        _unit("5", "5", "Transfer of identity information", "Each Party shall establish as a criminal offence the "
              "transfer, without right, of another person's identity information."),
        _unit("8(1)", "8", "Use of false identity documents", "Each Party shall establish as criminal offences, when "
              "committed intentionally:"),
        _unit("8(1)(a)", "8", "Use of false identity documents", "using a false identity document;"),
        _unit("8(1)(b)", "8", "Use of false identity documents", "using another person's identity information."),
        _unit("16", "16", "Preservation", "Each Party shall enable the preservation of identity information and PNR "
              "data."),
    ]
    model = build_model(units)
    assert model.functions == {"2(a)": "definition", "2(b)": "definition", "5": "criminalisation",
                               "8(1)": "criminalisation", "8(1)(a)": "criminalisation",
                               "8(1)(b)": "criminalisation", "16": "measure"}
    assert [(t.term, t.personal) for t in model.defined_terms] == [("identity information", False), ("PNR data", True)]
    assert model.personal_data_uses("16", units[-1].text) == [(69, 77)]  # "PNR data" only


def test_explain_prints_a_range_of_articles_once(tmp_path):
    """"Articles 1 to 4" points to four articles: explain prints the reference once, with their number
    (it printed the same line once per article, thirty-one times for "Articles 1 to 31")."""
    draft = tmp_path / "ranges.txt"
    draft.write_text("Article 1\nScope\n\nThis Protocol applies to offences.\n\nArticle 2\nUse\n\nData shall be used.\n\n"
                     "Article 3\nRelation\n\nAs between the Parties, Articles 1 to 2 of the Convention apply, and "
                     "Article 2 applies to requests.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(draft), "3", "--patterns-only"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if "reference (" in line] == [
        '  reference (mention): "Articles 1 to 2" (2 provisions)', '  reference (mention): "Article 2"']


@pytest.mark.parametrize("heading, expected", [
    ("Cooperation between financial intelligence units", "measure"),
    ("Postponement of transactions on behalf of a foreign financial intelligence unit", "measure"),
    ("Financial intelligence unit", "policy"),
    ("Financial provisions", "institutional"),
])
def test_a_financial_intelligence_unit_is_no_financial_provision(heading, expected):
    """"Financial" names a treaty's finances ("Financial provisions": institutional), not a financial
    intelligence unit: cooperation between such units is a measure (as the gold reads the Warsaw
    Convention's "Co-operation between FIUs"), setting one up a policy (a protocol read blind in
    session 39 had its units' cooperation read as institutional)."""
    from treatyscope.docmodel import _heading_cue

    assert _heading_cue(heading) == expected


def test_a_citation_of_a_scope_paragraph_that_names_the_instruments_offences_is_defined():
    """A bilateral treaty translated from a civil-law original (session 40): "the offences and the
    evidence referred to in Art. 3 para. 2" and "offences within the meaning of Art. 3 para. 2" cite a
    scope paragraph whose item names the offences established under the treaty's criminalisation
    article: `defined` (guide, session 39: only that, whatever else the paragraph names). Not a
    citation of a paragraph whose words name none ("Art. 3 para. 3"), nor of its own article."""
    units = [
        _unit("3(2)", "3", "Scope", "The provisions of Part Three apply to"),
        _unit("3(2)(1)", "3", "Scope", "the offences established in accordance with Art. 5;"),
        _unit("3(3)", "3", "Scope", "This Treaty shall not apply to military offences."),
        _unit("5", "5", "Illegal access", "Each Party shall establish as criminal offences access without right."),
        _unit("15(1)", "15", "Obligation to afford assistance", "The Parties shall afford each other assistance "
              "concerning the offences and the evidence referred to in Art. 3 para. 2."),
        _unit("24(1)", "24", "Spontaneous information", "A Party may forward information on criminal offences and "
              "evidence within the meaning of Art. 3 para. 2."),
        _unit("25", "25", "Costs", "Requests concerning offences referred to in Art. 3 para. 3 shall be refused."),
    ]
    model = build_model(units)
    # (the pattern labels of the clauses read before, as the pipeline notes them in document order)
    model.pattern_labels.update({"3(2)": frozenset(), "3(2)(1)": frozenset({"defined"}), "3(3)": frozenset()})
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, ["3"], u.clause_id) for u in units[4:]}
    assert {cid: f.markers() for cid, f in facts.items()} == {
        "15(1)": ["FN_measure", "HIT_defined"], "24(1)": ["FN_measure", "HIT_defined"], "25": ["FN_measure"]}
    text = units[4].text
    span, why = facts["15(1)"].basis("defined", text)
    assert (text[span[0]:span[1]], why) == (
        "offences and the evidence referred to in Art. 3 para. 2",
        "names the offences of article 3, paragraph 2 (whose words name the instrument's own offences as those "
        "it applies to)")


def test_ordering_aiding_or_conspiring_to_commit_the_instruments_crime_names_it():
    """A torture convention read blind in session 40: items of a criminalisation clause that make an
    offence of "ordering, soliciting or inducing the commission of torture", "aiding ... in the commission
    of, or the attempt to commit, torture" and "conspiracy or agreement with one or more other persons to
    commit torture" name the instrument's own crime (codebook, "Criminalisation": `defined`), as "an
    attempt to commit torture" did; "the use of force by any person" names none."""
    units = [
        _unit("5", "5", "The offence of torture", "Each Party shall establish torture as a criminal offence."),
        _unit("7", "7", "Attempt, participation and ordering", "Each Party shall establish as criminal offences:"),
        _unit("7(a)", "7", "Attempt, participation and ordering", "ordering, soliciting or inducing the commission of "
              "torture;"),
        _unit("7(b)", "7", "Attempt, participation and ordering", "aiding or abetting in the commission of, or the "
              "attempt to commit, torture;"),
        _unit("7(c)", "7", "Attempt, participation and ordering", "conspiracy or agreement with one or more other "
              "persons to commit torture;"),
        _unit("7(d)", "7", "Attempt, participation and ordering", "the use of force by any person."),
    ]
    model = build_model(units)
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, (), "7") for u in units[2:]}
    assert {cid: f.ancillary is not None for cid, f in facts.items()} == {
        "7(a)": True, "7(b)": True, "7(c)": True, "7(d)": False}


# A council resolution of my own wording, in the layout of the one read blind in session 41: operative
# paragraphs for articles, citing one another as "paragraph N".
_RESOLUTION = """The Council,

_Recalling_ its earlier resolutions on the movement of armed fighters across the Tessaly Plateau,

1. _Decides_ that all States shall ensure that their domestic laws establish serious criminal offences sufficient to \
prosecute and to penalise the following conduct, when committed intentionally:

(a) the travel of individuals to a State other than their State of residence for the purpose of the planning of \
hostile acts;

(b) the financing of the travel of individuals described in subparagraph (a);

2. _Decides further_ that, for the purposes of paragraph 1, the expression "hostile acts" shall be understood to \
include any act which constitutes an offence as defined in one of the international conventions relating to \
terrorism to which the State concerned is a party;

3. _Calls upon_ all States to exchange information on the persons who commit the acts described in paragraph 1 (a), \
through the channels referred to in paragraph 5;

4. _Calls upon_ all States to prevent hostile acts by the means referred to in paragraph 5;

5. _Requests_ all States to designate a contact point for the purposes of paragraph 3;
"""


def test_a_resolution_s_operative_paragraphs_cite_one_another_as_paragraphs(tmp_path, patterns_nlp):
    """Session 41: in a document whose articles are numbered paragraphs (a resolution, a scheme, a
    memorandum), "the acts described in paragraph 1 (a)" cites article 1, item (a), here the
    criminalisation article: `defined`, as "the acts described in Article 1 (a)" would; references
    resolve to the paragraph cited. A definition made "for the purposes of paragraph 1" holds there
    alone: "hostile acts" in paragraph 4 is no defined term. A treaty's "paragraph 2" stays the citing
    article's own paragraph."""
    from treatyscope.pipeline import label_clauses

    path = tmp_path / "resolution.txt"
    path.write_text(_RESOLUTION, encoding="utf-8")
    clauses = [c for c in segment_document(read_document(path)).clauses if not c.skipped and c.kind != "title"]
    model = build_model(clauses)
    assert (model.paragraph_units, model.criminalisation_articles) == (True, ["1"])
    assert [t.to_dict() for t in model.defined_terms] == [
        {"term": "hostile acts", "clause_id": "2", "article": "2", "tier": "treaty", "offence": True,
         "words": "as defined in one of the international conventions", "personal": False, "only_in": "1"}]
    labelled = {lc.clause.clause_id: lc for lc in label_clauses(patterns_nlp, clauses)}
    assert {cid: [(r.text, r.article, r.paragraph, r.subparagraph) for r in lc.references]
            for cid, lc in labelled.items() if lc.references} == {
        "1(b)": [("subparagraph (a)", "1", None, "a")],
        "2": [("paragraph 1", "1", None, None)],
        "3": [("paragraph 1 (a)", "1", None, "a"), ("paragraph 5", "5", None, None)],
        "4": [("paragraph 5", "5", None, None)],
        "5": [("paragraph 3", "3", None, None)]}
    cited = {"3": ["1", "5"], "4": ["5"]}  # (as the references above give them)
    facts = {c.clause_id: model.clause_facts(c.clause_id, c.article, c.text, cited[c.clause_id], c.clause_id)
             for c in clauses if c.clause_id in cited}
    assert {cid: f.markers() for cid, f in facts.items()} == {"3": ["FN_other", "CITE_CRIM", "HIT_defined"],
                                                              "4": ["FN_other"]}
    # the same words in a treaty: "paragraph 1" there is a paragraph of the citing article
    treaty = [SimpleNamespace(clause_id=cid, article=cid[0], paragraph=cid[2], heading="", text=text, context=())
              for cid, text in (
                  ("1(1)", "Each Party shall establish as criminal offences the acts of sabotage."),
                  ("4(1)", "Each Party shall exchange information."),
                  ("4(2)", "The information referred to in paragraph 1 shall concern the acts described in paragraph 1 "
                           "and in paragraph 1 (a) and the channels of paragraph 1."))]
    assert build_model(treaty).paragraph_units is False


def test_a_definition_for_the_purposes_of_one_article_holds_there_alone():
    """'For the purposes of article 9, "grave offence" means ...' (or "of this article"): the term is
    that defined term in that article only (session 41); a definition made for the instrument holds
    everywhere."""
    units = [
        _unit("2(1)", "2", "Definitions", 'For the purposes of this Convention, "covered offence" means an offence '
              "established in accordance with this Convention."),
        _unit("2(2)", "2", "Definitions", 'For the purposes of article 9, "grave offence" means an offence '
              "punishable by imprisonment for at least four years."),
        _unit("9", "9", "Interception", "Each Party shall empower its authorities to intercept content data in "
              "relation to grave offences."),
        _unit("12", "12", "Preservation", "Each Party shall preserve data relating to grave offences and to "
              "covered offences."),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.only_in) for t in model.defined_terms] == [
        ("covered offence", "defined", None), ("grave offence", "serious", "9")]
    used = {u.clause_id: sorted(t.term for t in model.clause_facts(u.clause_id, u.article, u.text).defined_terms)
            for u in units[2:]}
    assert used == {"9": ["grave offence"], "12": ["covered offence"]}


def test_items_listing_what_a_request_must_contain_state_no_proportionality(tmp_path, patterns_nlp):
    """Codebook, "Proportionality": not "items listing what a request must contain" (session 41, as the
    guide read three such items in session 40): the maximum a request's item asks for gives no
    proportionality, where the same words in an order's contents or in a power of the treaty do;
    the words after the list (its tail) are no item."""
    from treatyscope.pipeline import label_clauses

    path = tmp_path / "requests.txt"
    path.write_text(
        "Article 8\nInterception\n\n"
        "1. A Party may intercept content data for a period which shall not exceed three months.\n\n"
        "2. A request for interception shall be made in writing and shall, in addition to the matters listed in "
        "Article 6, set out:\n\n"
        "a) the desired duration of the interception, which shall not exceed three months;\n\n"
        "b) the reasons why less intrusive measures would be insufficient.\n\n"
        "3. An order under paragraph 1 shall state:\n\n"
        "a) the duration of the interception, which shall not exceed three months;\n\n"
        "b) the authority that issued it.\n", encoding="utf-8")
    clauses = [c for c in segment_document(read_document(path)).clauses if not c.skipped and c.kind != "title"]
    assert build_model(clauses).request_lists == frozenset({"8(2)"})
    got = {lc.clause.clause_id: lc.safeguards for lc in label_clauses(patterns_nlp, clauses)}
    assert got == {"8(1)": ["proportionality"], "8(2)": [], "8(2)(a)": [], "8(2)(b)": [],
                   "8(3)": [], "8(3)(a)": ["proportionality"], "8(3)(b)": []}


def test_a_criminalisation_articles_citation_of_its_own_paragraph_names_its_offences():
    """Session 42 (a convention on wildlife crime read blind, and the gold's reading of the same
    construction: "an offence established in accordance with paragraph 1 of this article", UNTOC 5 and 6):
    a clause of a criminalisation article that names the offences another of its paragraphs establishes
    ("knowing that it was obtained through conduct referred to in subparagraph (a) or (b)", "the offences in
    paragraph 9.1") names the instrument's own offences: `defined`, as a hit with a marker word of its own
    that a model trained before the fact does not weigh. Not the reservation of an element ("may require
    that the conduct described in paragraph 1 result in serious harm"), the acts a victim is made to
    undergo, the name given to the offences, nor a clause of an article that establishes none."""
    units = [
        _unit("5(1)", "5", "Poaching", "Each Party shall establish as criminal offences, when committed "
              "intentionally:"),
        _unit("5(1)(a)", "5", "Poaching", "the killing of a specimen of a protected species;"),
        _unit("5(1)(b)", "5", "Poaching", "the possession of a specimen, knowing that it was obtained through "
              "conduct referred to in subparagraph (a)."),
        _unit("5(2)", "5", "Poaching", "A Party may require that the conduct described in paragraph 1 result in "
              "serious harm."),
        _unit("5(3)", "5", "Poaching", "A Party may provide that the offences in paragraph 5.1 do not apply to "
              "a person who acted under a customary right."),
        _unit("5(4)", "5", "Poaching", "The offences set out in paragraph 1 are hereinafter referred to as "
              "\"poaching\"."),
        _unit("5(5)", "5", "Poaching", "coercing a person to undergo any of the acts listed in paragraph 1."),
        _unit("9", "9", "Mutual legal assistance", "Assistance shall be given for the conduct referred to in "
              "paragraph 2 where it is punishable in both Parties."),
    ]
    model = build_model(units)
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, [], u.clause_id) for u in units[2:]}
    assert {cid: [m for m in f.markers() if m.startswith("HIT_")] for cid, f in facts.items()} == {
        "5(1)(b)": ["HIT_defined/own"], "5(2)": [], "5(3)": ["HIT_defined/own"], "5(4)": [], "5(5)": [], "9": []}
    text = units[2].text
    span, why = facts["5(1)(b)"].basis("defined", text)
    assert (text[span[0]:span[1]], why) == (
        "conduct referred to in subparagraph (a)",
        "names the offences another paragraph of its own criminalisation article establishes")


def test_a_hit_marker_of_its_own_kind_gives_its_label():
    """The classifier reads "HIT_defined/own" as a document fact's hit for `defined` (labelmodel): the
    label is given whatever the decision rule, and the marker is no feature word of a model trained before."""
    from treatyscope.labelmodel import _hit_label

    assert [_hit_label(m) for m in ("HIT_defined", "HIT_defined/own", "HIT_defined/own@FN_measure",
                                    "HIT_serious@FN_measure")] == ["defined", "defined", "defined",
                                                                     "serious@FN_measure"]


def test_a_lead_in_the_instrument_cites_as_a_list_of_offences_enumerates_them():
    """Session 42 (an intelligence exchange agreement read blind): "Hot pursuit may be undertaken in respect
    of:" names no offences, but the article cites its items as "an offence listed in paragraph (4) of this
    Article": its items are a closed list the instrument enumerates (codebook, "Closed lists": `defined`),
    unless an item's own words name another tier, by a pattern or by a defined term ("any predicate
    offence", defined as any offence); the words after the last item are no item."""
    units = [
        _addressed("3", "Definitions", "\"predicate offence\" means any criminal offence."),
        _addressed("19(1)", "Hot pursuit", "Officers pursuing a person caught committing an offence listed in "
                   "paragraph (4) of this Article may continue the pursuit."),
        _addressed("19(4)", "Hot pursuit", "Hot pursuit may be undertaken in respect of:"),
        _addressed("19(4)(a)", "Hot pursuit", "murder and manslaughter;"),
        _addressed("19(4)(b)", "Hot pursuit", "any predicate offence;"),
        _addressed("19(4)(tail)", "Hot pursuit", "where the pursued person was caught in the act."),
        _addressed("20(1)", "Controlled deliveries", "Controlled deliveries may be permitted in respect of:"),
        _addressed("20(1)(a)", "Controlled deliveries", "illicit trafficking in drugs;"),
    ]
    model = build_model(units)
    assert model.offence_lists == ["19(4)"]
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text, [], "19(4)" if u.article == "19"
                                             else "20(1)") for u in units[3:6] + units[7:]}
    assert {cid: f.list_item for cid, f in facts.items()} == {
        "19(4)(a)": "19(4)", "19(4)(b)": None, "19(4)(tail)": None, "20(1)(a)": None}


def test_a_continental_list_its_lettered_lead_ins_and_an_annexs_forms_of_serious_crime():
    """Session 44 (a continental compilation's treaty and a regional police office's convention, read blind): a
    list the treaty cites as "one of those listed in Art. 9 para. 2" enumerates offences, and so does each of its
    items that is a lead-in of its own ("a. offences under the law of both States:" / "1. murder;"); an annex's
    "the following forms of serious crime, in addition to terrorism:" enumerates them too."""
    units = [
        _addressed("7(2)", "Observation", "Officers may continue the observation, provided that the offence is one of "
                   "those listed in Art. 9 para. 2."),
        _addressed("9(2)", "Cross-border observation",
                   "Observation under Art. 7 para. 2 shall be permitted in connection with:"),
        _addressed("9(2)(a)", "Cross-border observation", "offences under the law of both States:"),
        _addressed("9(2)(a)(1)", "Cross-border observation", "murder;"),
        _addressed("9(2)(a)(2)", "Cross-border observation", "robbery."),
        _addressed("annex(1)", None, "The Office shall deal with the following forms of serious crime, in addition to "
             "terrorism:"),
        _addressed("annex(1)(1)", None, "trafficking in human beings;"),
    ]
    model = build_model(units)
    assert model.offence_lists == ["annex(1)", "9(2)"] and model.sub_lists == frozenset({"9(2)(a)"})
    leads = {"9(2)(a)": "9(2)", "9(2)(a)(1)": "9(2)(a)", "9(2)(a)(2)": "9(2)(a)", "annex(1)(1)": "annex(1)"}
    assert {cid: model.clause_facts(cid, u.article, u.text, [], leads[cid]).list_item
            for u in units if (cid := u.clause_id) in leads} == {
        "9(2)(a)": "9(2)", "9(2)(a)(1)": "9(2)(a)", "9(2)(a)(2)": "9(2)(a)", "annex(1)(1)": "annex(1)"}


def test_a_text_read_paragraph_by_paragraph_has_a_function_per_paragraph_and_a_request_forms_fields():
    """Session 44 (an exchange of notes and a convention with a model request form, read blind): in a text with
    no article structure each paragraph ("body(7)") is a unit of its own, so its definitions are found and define
    their terms, and a measure among them does not make every paragraph a measure; the fields of an annex headed
    "Model request form" are items of what a request states."""
    def unit(cid, heading, text, article="body"):
        return SimpleNamespace(clause_id=cid, article=article, heading=heading, text=text, context=(),
                               paragraph=None, subparagraph=None)

    units = [
        unit("body(1)", None, "1. For the purposes of these arrangements:"),
        unit("body(2)", None, '(a) "serious crime" means any offence punishable by deprivation of liberty for a maximum '
             "of at least three years;"),
        unit("body(3)", None, "2. The competent authorities may exchange police information for the prevention of "
             "serious crime."),
        unit("annex I(16)", "MODEL REQUEST FORM", "Relationship between the measures requested and the facts, showing "
             "their necessity and proportionality.", article="annex I"),
    ]
    model = build_model(units)
    assert [(t.term, t.tier, t.clause_id) for t in model.defined_terms] == [("serious crime", "serious", "body(2)")]
    assert model.functions["body(2)"] == "definition" and model.functions["body(3)"] != "definition"
    assert model.request_forms == frozenset({"annex I(16)"})
    assert model.in_request_list(None, "annex I(16)") and not model.in_request_list(None, "body(3)")


def test_a_definition_by_another_instruments_offences_and_the_instruments_own_acts_has_both_tiers():
    """Session 42 (a terrorism convention translated from French, read blind): '"terrorist act" means any act
    referred to in Article 4, whether it constitutes an offence within the meaning of one of the
    instruments listed in the Annex or falls within the acts enumerated in paragraph 1 of that Article'
    names two classes, `treaty` and `defined` (guide, session 36). Not a definition whose "established in"
    is the other instrument's ("offences established in accordance with the international conventions"), nor
    one citing another instrument's articles ("as defined in articles 5 to 8 of the Statute")."""
    from treatyscope.docmodel import _cues, _tiers_of

    both = ("any act referred to in Article 4, whether it constitutes an offence within the meaning of one of the "
            "instruments listed in the Annex or falls within the acts enumerated in paragraph 1 of that Article;")
    assert [t for t, _ in _tiers_of(both, _cues())] == ["treaty", "defined"]
    assert [t for t, _ in _tiers_of("offences established in accordance with the international conventions on "
                                    "narcotic drugs to which both Parties are party;", _cues())] == ["treaty"]
    assert [t for t, _ in _tiers_of("genocide, crimes against humanity and war crimes as those crimes are defined in "
                                    "articles 5 to 8 of the Statute;", _cues())] == ["treaty"]


def _addressed(cid, heading, text):
    """A clause as the document model reads it, from its id ("5(1)(a)"), heading and words."""
    article, _, rest = cid.partition("(")
    parts = [p.rstrip(")") for p in rest.split("(")] if rest else []
    return SimpleNamespace(clause_id=cid, article=article, heading=heading, text=text, context=(),
                           paragraph=parts[0] if parts else None, subparagraph=parts[1] if len(parts) > 1 else None)


def test_a_defined_term_in_a_bodys_name_is_no_use_of_it_and_a_measures_withdrawal_is_no_final_clause():
    """Session 43 (a fisheries agreement and a regulation on electronic evidence, read blind): where "fisheries
    crime" is defined, "The Regional Fisheries Crime Coordination Centre is established" names a body, not
    the crime (its words capitalised inside a longer name); the same words in running text are a use. An
    article on the "Effects of a refusal and withdrawal of orders" is no final clause, as "Withdrawal" is."""
    from treatyscope.docmodel import in_a_name

    unit = _addressed
    units = [
        unit("2", "Use of terms", "\"fisheries crime\" means any offence established in accordance with Article 5;"),
        unit("5(1)", "Fraud", "Each Party shall establish as a criminal offence the forgery of catch documents."),
        unit("8(1)", "Centre", "The Regional Fisheries Crime Coordination Centre is hereby established."),
        unit("9(1)", "Assistance", "The Parties shall afford assistance in investigations of fisheries crime."),
        unit("12(3)", "Effects of a refusal and withdrawal of orders", "The authority shall erase the data."),
        unit("30", "Withdrawal", "A Party may withdraw from this Agreement."),
    ]
    model = build_model(units)
    facts = {u.clause_id: model.clause_facts(u.clause_id, u.article, u.text) for u in units[2:4]}
    assert {cid: ([t.term for t in f.defined_terms], [o.term for o in f.own_offences]) for cid, f in facts.items()} == {
        "8(1)": ([], []), "9(1)": (["fisheries crime"], ["fisheries crime"])}
    assert (model.article_functions.get("12"), model.article_functions.get("30")) == ("measure", "final")
    text = "the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women"
    assert in_a_name(text, re.search("trafficking in persons", text, re.I))
    text = "Trafficking in persons shall be punished."
    assert not in_a_name(text, re.search("trafficking in persons", text, re.I))


def test_a_term_whose_definition_only_includes_personal_data_is_no_personal_data_term():
    """Session 43 (a police agreement in "§" units, read blind): '"information" means any data, facts, documents
    ... or other material ..., including personal data' names material of every kind, personal data among it:
    its uses are no personal data (they had given `data_protection` to every exchange of information). A term
    defined as data about persons still is one."""
    model = build_model([
        _addressed("2(4)", "Definitions", '"information" means any data, facts, documents, reports or other material in the possession of '
                     'a competent authority, including personal data;'),
        _addressed("2(5)", "Definitions", '"PNR data" means the records created by air carriers for each journey booked by a passenger;'),
    ])
    assert [(t.term, t.personal) for t in model.defined_terms] == [("information", False), ("PNR data", True)]
