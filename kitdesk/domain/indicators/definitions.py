"""Every figure of the report: its group, its Danish name and its definition in one sentence.

The wording is the seeds' (KIT: "en ansvarlig kontaktperson i hver sektor", "fem arbejdsdage",
"udveksling af informationer … forud for et netværksmøde"). The definitions are printed with the
figures, in the PDF, the CSV's companion sheet and the XLSX, so a reader never has to guess how a
number was counted.
"""
from __future__ import annotations

from dataclasses import dataclass

from kitdesk.domain.indicators.measures import COUNT, LONGEST, MEDIAN, SHARE

GROUPS = {
    "contacts": "Kontaktpersoner",
    "meetings": "Netværksmøder",
    "participation": "Deltagelse",
    "plans": "Den tværsektorielle plan",
    "agreements": "Aftaler",
    "waiting": "Ventetid",
    "stages": "Trin og niveau",
}

# How far before a meeting an exchange of information counts as "before the meeting".
EXCHANGE_WINDOW_DAYS = 30

# The sectors whose presence is counted, in this order; the family and the child have their own lines.
PRESENCE_SECTORS = ("buc", "caseworker", "ppr", "school", "daycare", "health_visitor", "gp", "private_specialist")
PRESENCE_WORDS = {
    "buc": ("BUC deltog", "BUC"),
    "caseworker": ("Sagsbehandleren deltog", "en sagsbehandler fra kommunen"),
    "ppr": ("PPR deltog", "PPR"),
    "school": ("Skolen deltog", "skolen"),
    "daycare": ("Dagtilbuddet deltog", "dagtilbuddet"),
    "health_visitor": ("Sundhedsplejen deltog", "sundhedsplejen"),
    "gp": ("Almen praksis deltog", "den almen praktiserende læge"),
    "private_specialist": ("Privatpraktiserende speciallæge deltog",
                           "en privatpraktiserende speciallæge i børne- og ungdomspsykiatri"),
}


@dataclass(frozen=True)
class FigureDef:
    key: str
    group: str
    title: str
    definition: str
    kind: str  # measures.SHARE / COUNT / MEDIAN / LONGEST
    unit: str = ""  # for MEDIAN / LONGEST: "arbejdsdage" or "dage"
    target: float | None = None  # a share to aim for, drawn as a line in the charts


_HELD = "de netværksmøder, der er holdt i perioden"

FIGURES: tuple[FigureDef, ...] = (
    FigureDef("contacts_both", "contacts", "Kontaktperson i både BUC og kommunen",
              "Andel af de sager, der var åbne i perioden, hvor netværket har en ansvarlig kontaktperson i både "
              "BUC og kommunen (som netværket er registreret i dag).", SHARE, target=1.0),
    FigureDef("meetings_held", "meetings", "Afholdte netværksmøder",
              "Antal netværksmøder, der er holdt i perioden; kladder og aflyste møder tæller ikke med.", COUNT),
    FigureDef("meetings_cancelled", "meetings", "Aflyste møder",
              "Andel af de møder, der var planlagt til perioden (holdt eller aflyst), som blev aflyst.", SHARE),
    FigureDef("within_deadline", "meetings", "Holdt inden for fem arbejdsdage",
              f"Andel af {_HELD} med en anmodningsdato, der blev holdt senest fem arbejdsdage efter anmodningen; "
              "weekender, helligdage og lukkedage tæller ikke, og et møde på fristens dag er til tiden.",
              SHARE, target=0.9),
    FigureDef("days_to_meeting", "meetings", "Arbejdsdage fra anmodning til møde",
              f"Medianen af antal arbejdsdage fra anmodningen til mødet for {_HELD} med en anmodningsdato.",
              MEDIAN, "arbejdsdage"),
    FigureDef("exchange_before", "meetings", "Information udvekslet før mødet",
              f"Andel af {_HELD}, hvor sagen har en registreret udveksling af information i de "
              f"{EXCHANGE_WINDOW_DAYS} dage op til mødet (mødedagen medregnet).", SHARE, target=0.9),
    FigureDef("purpose_agenda", "meetings", "Formål og dagsorden med indkaldelsen",
              f"Andel af {_HELD}, hvor indkaldelsen blev sendt med både formål og mindst ét dagsordenspunkt.",
              SHARE, target=1.0),
    FigureDef("family_present", "participation", "Familien deltog",
              f"Andel af {_HELD}, hvor en forælder eller en anden fra familien deltog, i lokalet eller online.",
              SHARE),
    FigureDef("child_present", "participation", "Barnet/den unge deltog",
              f"Andel af {_HELD}, hvor barnet eller den unge selv deltog, i lokalet eller online.", SHARE),
    *(FigureDef(f"present_{sector}", "participation", title,
                f"Andel af {_HELD}, hvor {who} deltog, i lokalet eller online.", SHARE)
      for sector, (title, who) in PRESENCE_WORDS.items()),
    FigureDef("gp_participations", "participation", "Deltagelser af almen praksis",
              "Antal gange en almen praktiserende læge deltog i et netværksmøde i perioden; hver deltagelse står "
              "på honorarlisten.", COUNT),
    FigureDef("plans_signed", "plans", "Godkendt plan",
              f"Andel af {_HELD}, hvis tværsektorielle plan (referatet) er godkendt.", SHARE, target=0.9),
    FigureDef("days_to_plan", "plans", "Dage fra møde til godkendt plan",
              f"Medianen af antal kalenderdage fra mødet til planens første godkendte version for {_HELD}.",
              MEDIAN, "dage"),
    FigureDef("plan_to_family", "plans", "Planen givet til familien",
              "Andel af de godkendte planer fra perioden, hvor familieudgaven (»Det har vi aftalt«) er skrevet "
              "ud til familien.", SHARE, target=0.9),
    FigureDef("agreements_made", "agreements", "Aftaler indgået",
              "Antal aftaler indgået på møder i perioden; en aftale, der videreføres til et senere møde, tæller "
              "én gang.", COUNT),
    FigureDef("agreements_on_time", "agreements", "Udført til tiden",
              "Andel af periodens aftaler, der er fulgt op som udført – på et møde eller mellem møderne – "
              "senest på aftalens frist (eller som udført uden frist).", SHARE),
    FigureDef("agreements_late", "agreements", "Udført efter fristen",
              "Andel af periodens aftaler, der først er fulgt op som udført – på et møde eller mellem møderne "
              "– efter fristen.", SHARE),
    FigureDef("agreements_overdue", "agreements", "Åbne efter fristen",
              "Andel af periodens aftaler, der i dag stadig er åbne, og hvis frist er overskredet.", SHARE),
    FigureDef("agreements_dropped", "agreements", "Bortfaldet",
              "Andel af periodens aftaler, der er fulgt op som bortfaldet.", SHARE),
    FigureDef("children_waiting", "waiting", "Børn, der ventede",
              "Antal børn, der i perioden ventede på udredning, behandling eller et kommunalt tilbud.", COUNT),
    FigureDef("wait_median", "waiting", "Ventetid (median)",
              "Medianen af ventetiderne i perioden, i kalenderdage fra ventetidens start til den sluttede – "
              "eller til periodens slutning, hvis barnet stadig ventede.", MEDIAN, "dage"),
    FigureDef("wait_longest", "waiting", "Længste ventetid",
              "Den længste af periodens ventetider, talt på samme måde; vises kun, når mindst fem børn ventede.",
              LONGEST, "dage"),
    FigureDef("wait_contact_kept", "waiting", "Aftalt kontakt holdt under ventetiden",
              "Andel af periodens ventetider med en aftalt kontakt, hvor familien er kontaktet så ofte som aftalt: "
              "der gik aldrig længere tid uden en registreret kontakt – fra ventetidens start til dens slutning "
              "eller periodens slutning.", SHARE, target=0.9),
    FigureDef("step_moved", "stages", "Børn, der har skiftet trin",
              "Andel af de sager, der var åbne i perioden, hvor trinnet på indsatstrappen ved periodens slutning "
              "er et andet end ved forløbets start.", SHARE),
    FigureDef("level_moved", "stages", "Børn, der har skiftet niveau",
              "Andel af de sager, der var åbne i perioden, hvor samarbejdets niveau ved periodens slutning er "
              "et andet end ved forløbets start.", SHARE),
)
BY_KEY = {f.key: f for f in FIGURES}

# The agreements' fates, in the order a stacked bar shows them.
FATES = {
    "on_time": "Udført til tiden",
    "late": "Udført efter fristen",
    "open": "Åben, frist ikke nået",
    "overdue": "Åben efter fristen",
    "dropped": "Bortfaldet",
}
