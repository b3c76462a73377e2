"""Words for the demo member's records: titles, impact, feedback, notes.

Kept apart from `demo.py` so the logic that builds the records stays short and readable. The
texts are invented but written the way members write them, including the uncomfortable parts
(co-production claimed where the member was consulted; papers sent the night before).
"""

from __future__ import annotations

STUDIES = (
    "ENHANCE falls prevention study",
    "Carer-led discharge planning",
    "Long COVID rehabilitation pathways",
    "Digital inclusion in primary care",
    "Early psychosis peer support trial",
    "Living well with COPD",
    "Stroke survivors' return to work",
    "Dementia-friendly outpatient clinics",
)

TOPICS = (
    "mental health crisis care",
    "hospital discharge",
    "community pharmacy",
    "young carers",
    "accessible appointment letters",
    "waiting list communication",
    "digital consultations",
    "health inequalities",
)

ROLES = (
    "Senior Staff Nurse, Ward 12",
    "Patient Experience Lead",
    "Consultant Clinical Psychologist",
    "Peer Support Worker",
    "Head of Community Services",
    "Research Nurse",
    "Occupational Therapist",
)

MODULES = (
    "Lived experience in nursing practice",
    "Communication skills for allied health",
    "Shared decision making",
    "Recovery-focused care",
    "Caring for carers",
)

SKILLS = (
    "chairing",
    "plain-language review",
    "interviewing",
    "facilitation",
    "public speaking",
    "questionnaire design",
    "lay summary writing",
    "peer support",
    "mentoring",
    "data interpretation",
)

THEMES = (
    "mental health",
    "carers",
    "research",
    "workforce",
    "education",
    "access",
    "digital",
    "equality",
)

IMPACTS = (
    "The participant information sheet was rewritten in plain English after my comments.",
    "Recruitment now offers evening sessions, which I asked for.",
    "The team added a carers' question to the outcome measures.",
    "My scenario became the opening case study for the module.",
    "The panel appointed the candidate who answered the lived-experience question best.",
    "Appointment letters now give the hospital's accessible entrance.",
    "They agreed to pay contributors within 30 days after I raised the late payments.",
    "The interview questions now include one written by the lived-experience panel.",
)

FEEDBACK = (
    "Thank you, your comments changed how we explain the study.",
    "The students rated your session the most useful of the module.",
    "Really valued your challenge on the consent process.",
    "Your question about carers made us rethink the pathway.",
    "Clear, practical and kind feedback: exactly what we needed.",
)

PRIVATE_NOTES = (
    "Papers came the night before again; raise it with the PPI lead.",
    "Felt talked over by the chair in the second half.",
    "Tired afterwards: pace myself next week.",
    "Ask whether travel time is payable under the new terms.",
    "Finance queried the mileage again; keep the route printouts.",
    "Good session. The new researcher actually listened.",
)

TESTIMONIALS = (
    (
        "Sam brings a calm, sharp lived-experience perspective that has shaped our research "
        "questions from the start.",
        "Dr Priya Natarajan, Programme Manager",
    ),
    (
        "Our students consistently say Sam's teaching is what they remember from the course.",
        "Helen Brooks, Module Lead",
    ),
    (
        "Sam's questions on the panel made sure we appointed someone patients can trust.",
        "Mark Ellison, Head of Recruitment",
    ),
    (
        "Sam co-facilitated our carers' workshop with real warmth and skill.",
        "Carers Voice Network",
    ),
)

TRAINING = (
    ("Public involvement in research: an introduction", "NIHR Learn", "3"),
    ("Recruitment and selection for panel members", "Riverside NHS Foundation Trust", "6"),
    ("Safeguarding adults, level 1", "Carers Voice Network", "2"),
    ("Mental Health First Aid", "MHFA England", "12"),
    ("Good Clinical Practice for public contributors", "NIHR Learn", "4"),
    ("Unconscious bias awareness", "University of Eastbridge", "1.5"),
    ("Co-production in practice", "Social Care Institute for Excellence", "7"),
)
