"""Relevance on economic, regulatory, science and court news: central banks, companies, product
approvals, launches of craft, civil cases, rankings and road accidents are news but no event between
political actors; a state's or a government's act on a company stays. Sentences written for these
tests; the ones marked "guard" passed before the rules too."""

import pytest

from dyad.run.analysis import analyze


def _codes(text):
    return [e.cameo for e in analyze(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of Korea held its base rate at 3.5 percent on Thursday and signalled it could cut later in the year.",
        "The Reserve Bank of New Zealand kept its official cash rate on hold at its meeting on Wednesday.",
        "The Federal Reserve raised its key rate by 75 basis points on Wednesday and signalled more increases to come.",
    ],
)
def test_a_central_bank_alone_makes_no_event(text):
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Food and Drug Administration approved a new drug for early Alzheimer's disease on Monday.",
        "Britain's medicines regulator authorised a vaccine against RSV for adults over 75 on Tuesday.",
        "The European Medicines Agency recommended approval of two new cancer therapies on Friday.",
        "India's space agency launched a satellite to study the sun on Saturday.",
        "Rocket Lab launched two small weather satellites from its site in New Zealand on Sunday.",
    ],
)
def test_approving_a_product_or_launching_a_craft_is_no_event(text):
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chevron agreed to buy Hess for $53 billion in stock on Monday, the latest deal in the oil industry.",
        "Chevron said on Friday it would sell its stake in a Canadian oil sands project to a rival for $6.5 billion.",  # guard
        "A jury in Texas found that Apple had infringed patents held by a small firm and ordered it to pay $300 million.",  # guard
        "A court in Hong Kong ordered the property developer Country Garden to liquidate after talks with creditors failed.",
    ],
)
def test_company_deals_and_civil_cases_are_no_events(text):
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Samsung has unveiled a foldable phone for the Chinese market.",
        "Nissan unveiled a new model in the United States.",
        "Toyota unveiled its new hybrid sedan in Tokyo on Monday.",  # guard
    ],
)
def test_a_product_unveiled_is_no_event(text):
    assert _codes(text) == []


def test_a_plan_unveiled_stays_a_statement():
    assert _codes("The finance ministry unveiled a plan to cut the deficit.") == ["010"]


@pytest.mark.parametrize(
    "text",
    [
        "Thales has won a contract worth 2 billion euros to supply the French army with new night-vision goggles.",
        "Rheinmetall was awarded a contract to provide the Dutch navy with three patrol boats on Monday.",
        "Saab signed a contract on Tuesday to supply the Brazilian air force with 36 Gripen fighters.",
    ],
)
def test_what_a_contract_is_for_is_a_sale_no_aid(text):
    assert not any(c[:2] == "07" for c in _codes(text)), _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The record label Harbour Corps has settled its long copyright dispute with the streaming service Tunely.",
        "Lantern Corps, a small film studio, filed a lawsuit against the games maker Pixelworks on Tuesday.",
    ],
)
def test_a_firm_named_corps_is_no_army(text):
    # "corps" alone names no military (sectors.csv): only army / air / guard / signal / medical corps and the like
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text, roots",
    [
        # guards: corps that are armies stay military
        ("The Army Corps of Engineers evacuated residents of three towns near the levee on Monday.", ("07",)),
        ("Iran's Revolutionary Guard Corps seized a British-flagged tanker in the Strait of Hormuz on Friday.", ("17",)),
    ],
)
def test_military_corps_stay_military(text, roots):
    codes = _codes(text)
    assert any(c[:2] in roots for c in codes), codes


def test_a_state_agreeing_to_supply_arms_stays_aid():
    # guard: a state's agreement to supply is aid
    codes = _codes("Germany agreed on Friday to supply Kenya's army with armoured vehicles.")
    assert any(c[:2] in ("03", "07") for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Samsung overtook Apple as the world's biggest seller of smartphones in the first quarter.",
        "Nigeria's population will surpass that of the United States to become the world's third largest by 2050.",  # guard
        "A federal judge in Texas struck down the company's non-compete rule on Tuesday.",
    ],
)
def test_rankings_and_annulments_are_no_force(text):
    assert not [c for c in _codes(text) if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian was killed when a bus struck her on a crossing in central Madrid on Friday.",
        "A police officer was seriously injured when a lorry hit him at a checkpoint on the A1 on Sunday.",
    ],
)
def test_a_vehicle_that_hits_someone_is_an_accident(text):
    assert not [c for c in _codes(text) if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    "text",
    [
        "Kylian Mbappe scored twice as France beat Morocco 2-0 in the World Cup semi-final on Wednesday.",
        "The Philadelphia Eagles beat the Kansas City Chiefs 40-22 on Sunday to win the Super Bowl.",  # guard
    ],
)
def test_a_player_scoring_is_no_statement(text):
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text, roots",
    [
        # guard: a regulator's fine of a company is CAMEO 172 (GOV -> BUS)
        ("Italy's competition authority fined Amazon 1.1 billion euros on Thursday for abusing its dominance.",
         ("11", "17")),
        # guard: a state's launch stays
        ("North Korea launched a military spy satellite on Tuesday, drawing condemnation from Seoul and Tokyo.",
         ("15", "11")),
        # guard: aid pledged by a state in a sentence with money in it
        ("The United States pledged $2 billion in military aid to Ukraine on Thursday.", ("03", "07")),
        # guard: a court acting on a political figure
        ("A court in Minsk sentenced opposition leader Maria Kolesnikova to 11 years in prison on Monday.",
         ("11", "17")),
        # guard: a leader acting on the central bank
        ("President Donald Trump criticised the Federal Reserve on Monday for raising interest rates.", ("11",)),
    ],
)
def test_political_acts_on_economic_actors_stay(text, roots):
    codes = _codes(text)
    assert any(c[:2] in roots for c in codes), codes


def _sources(text):
    article = analyze(text)
    sectors = {a.id: a.sector for a in article.actors}
    return [sectors.get(e.source) for e in article.events]


@pytest.mark.parametrize(
    "text, sector",
    [
        ("An officer shot a man who was holding a knife outside a supermarket in Dallas, police said.", "COP"),
        ("The officer shot a teenager during a traffic stop in Paris, and police opened an inquiry.", "COP"),
        ("A health officer ordered the closure of two restaurants in Leeds on Monday.", "GOV"),
        ("A Russian officer shelled the village of Avdiivka with artillery on Friday.", "MIL"),  # guard
        ("Police arrested two protesters in Seoul on Monday.\n\nIn other news, the defence ministry said on "
         "Tuesday that drones had crossed the border.\n\nA North Korean officer shot a South Korean soldier on "
         "Wednesday.", "MIL"),  # the police of another story far before
        ("Police arrested two protesters in Seoul on Monday. One officer shot a protester.", "COP"),
        ("The director-general ordered the closure of the port in Busan on Monday.", "GOV"),  # not a general
    ],
)
def test_a_bare_officer_is_police_where_the_article_names_police(text, sector):
    assert sector in _sources(text), _sources(text)
