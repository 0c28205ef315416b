"""Files people upload that hold no posts, named so the report can say what they are.

Personal-data archives are full of them (LinkedIn's Reactions.csv lists the posts a member
reacted to, not posts of theirs; Connections.csv lists people), and analytics exports put totals
and demographics beside the posts. Each is one :class:`NotPosts` entry: its headers, and the
name the report gives it. Messages are among them so that a private conversation uploaded by
mistake is never read as posts.
"""

from __future__ import annotations

from core.i18n import N_
from core.ingest.formats.base import NotPosts

NOT_POSTS: tuple[NotPosts, ...] = (
    NotPosts("linkedin-reactions", N_("LinkedIn: reactions you gave (not your posts)"),
             ("Date", "Type", "Link"), exact=True),
    NotPosts("linkedin-connections", N_("LinkedIn: your connections (people, not posts)"),
             ("First Name", "Last Name", "Connected On")),
    NotPosts("linkedin-profile", N_("LinkedIn: your profile (not posts)"),
             ("First Name", "Last Name", "Headline")),
    NotPosts("linkedin-positions", N_("LinkedIn: your positions (job history, not posts)"),
             ("Company Name", "Title", "Started On")),
    NotPosts("linkedin-education", N_("LinkedIn: your education (not posts)"),
             ("School Name", "Start Date", "End Date")),
    NotPosts("linkedin-skills", N_("LinkedIn: your skills (not posts)"), ("Name",), exact=True),
    NotPosts("linkedin-messages", N_("LinkedIn: private messages (never read)"),
             ("CONVERSATION ID", "FROM", "TO", "CONTENT")),
    NotPosts("linkedin-invitations", N_("LinkedIn: invitations (private, never read)"),
             ("From", "To", "Sent At", "Message")),
    NotPosts("linkedin-recommendations", N_("LinkedIn: recommendations (not posts)"),
             ("First Name", "Last Name", "Company", "Job Title", "Text")),
    NotPosts("linkedin-endorsements", N_("LinkedIn: endorsements (not posts)"),
             ("Endorsement Date", "Skill Name")),
    NotPosts("linkedin-creator-discovery",
             N_("LinkedIn creator analytics: totals for the period (not posts)"),
             ("Overall Performance",)),
    NotPosts("linkedin-creator-demographics",
             N_("LinkedIn creator analytics: demographics (not posts)"),
             ("Top Demographics", "Value", "Percentage")),
    NotPosts("x-direct-messages", N_("X: direct messages (private, never read)"),
             ("conversationId", "senderId", "recipientId")),
)  # fmt: skip
