"""Whole archives in: zip files of exports, and the personal-data archives of Meta, X, LinkedIn.

People upload the zip the platform gave them. A 'download your information' archive holds
hundreds of files (messages, settings, ads); only the post files are posts. This module finds
them whatever the archive's vintage (folder names changed over the years), turns the JSON shapes
Meta uses into flat records, repairs Meta's mojibake, and lists every file it did not read with
the reason, so nothing is left out in silence.
"""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from core.ingest.messages import IngestError, Message

MAX_MEMBERS = 20_000
"""Entries an archive may list (Facebook's archives hold thousands of photos, never read)."""
MAX_DATA_FILES = 1_000
"""Data files read from one archive (a personal-data archive has a few dozen)."""
MAX_UNPACKED = 512 * 1024**2
"""Bytes of data files one archive, or one Office file, may unpack to."""
MAX_RATIO = 200
"""How many times larger than it is packed a member may unpack (text packs 5 to 30 times;
a zip bomb packs thousands of times)."""
MAX_SECONDS = 60
"""Time reading one archive's data files may take."""
DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".json", ".ndjson", ".jsonl", ".js",
                 ".parquet")  # fmt: skip
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".m4a",
                  ".mp3", ".wav", ".srt", ".pdf")  # fmt: skip

# Post files inside personal-data archives, by platform; any folder, any vintage.
POST_FILES: tuple[tuple[str, str], ...] = (
    (r"(^|/)your_posts[^/]*\.json$", "facebook-archive"),
    (r"(^|/)posts_\d+\.json$", "instagram-archive"),
    (r"(^|/)reels\.json$", "instagram-archive"),
    (r"(^|/)(tweets?|tweets-part\d+)\.js$", "x-archive"),
    (r"(^|/)shares(_\d+)?\.csv$", "linkedin-shares"),
    (r"(^|/)comments(_\d+)?\.csv$", "linkedin-comments"),
    (r"(^|/)user_data(_tiktok)?\.json$", "tiktok-archive"),
)
# Files that tell who the archive belongs to.
OWNER_FILES = (
    r"(^|/)personal_information\.json$",
    r"(^|/)profile_information\.json$",
    r"(^|/)account\.js$",
)


@dataclass(frozen=True)
class Skipped:
    """A file inside an archive that was not read, and why (a message code)."""

    file: str
    reason: str
    detail: Message | None = None
    """For a file that could not be read: the reader's message."""

    def message(self) -> Message:
        return self.detail or Message(f"skipped_{self.reason}", {"file": self.file})


@dataclass(frozen=True)
class Member:
    """A data file taken out of an archive."""

    name: str
    data: bytes
    kind: str | None = None
    """``facebook-archive`` or ``instagram-archive`` for Meta post files; None otherwise."""


def is_zip(data: bytes) -> bool:
    """A zip archive of files, not an Office document (which is a zip too)."""
    return data.startswith(b"PK\x03\x04") and not _is_office(data)


def _is_office(data: bytes) -> bool:
    """Office documents name '[Content_Types].xml' in the zip's directory; a zip's first bytes
    can hold anything (a TikTok archive's JSON has 'xl/' in its links)."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return b"[Content_Types].xml" in data[:65536]
    return "[Content_Types].xml" in names


@dataclass(frozen=True)
class Owner:
    """Who a personal-data archive belongs to, as its profile file says."""

    handle: str | None = None
    name: str | None = None

    def __bool__(self) -> bool:
        return bool(self.handle or self.name)


def unpack(name: str, data: bytes) -> tuple[list[Member], list[Skipped], Owner]:
    """The data files of a zip, the files left out, and the archive owner when it says.

    In a personal-data archive (it holds a known post file) only the post files are read;
    in any other zip every data file is read.

    Raises:
        IngestError: The zip is damaged, encrypted, too large, or holds no data file.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError) as err:
        raise IngestError(Message("zip_damaged", {"file": name, "detail": str(err)})) from None
    if len(infos) > MAX_MEMBERS:
        raise IngestError(Message("zip_too_many", {"file": name, "count": len(infos),
                                                   "limit": MAX_MEMBERS}))  # fmt: skip
    paths = [i.filename for i in infos]
    personal = any(_post_kind(p) for p in paths)
    wanted = [i for i in infos if _leave_out(i.filename, personal) in (None, "owner")]
    bounded(name, wanted)  # before anything is unpacked: sizes, ratio, count
    members, skipped, owner = [], [], Owner()
    started, left = time.monotonic(), MAX_UNPACKED
    for info in infos:
        if time.monotonic() - started > MAX_SECONDS:
            said = {"file": name, "seconds": MAX_SECONDS}
            raise IngestError(Message("zip_too_slow", said))
        path = info.filename
        label = f"{name} › {path}"
        reason = _leave_out(path, personal)
        if reason == "owner":
            owner = owner or _owner(_read_member(archive, info, name))
            skipped.append(Skipped(label, "owner"))
            continue
        if reason:
            skipped.append(Skipped(label, reason))
            continue
        content = _read_member(archive, info, name, left)
        left -= len(content)
        members.append(Member(label, content, _post_kind(path)))
    if not members:
        html = any(p.lower().endswith(".html") for p in paths)
        code = "zip_html" if html else "zip_no_data"
        raise IngestError(Message(code, {"file": name, "count": len(paths)}))
    return members, skipped, owner


def bounded(name: str, infos: list[zipfile.ZipInfo], limit: int = MAX_UNPACKED) -> None:
    """Refuse a zip (an archive, or an Office file: a zip too) whose members would unpack to
    more than ``limit`` in all or more than :data:`MAX_RATIO` times their packed size, from its
    directory, before anything is unpacked. The reading itself is capped too
    (:func:`_read_member`): a directory can lie.

    Raises:
        IngestError: Over a limit; the message names it.
    """
    if len(infos) > MAX_DATA_FILES:
        said = {"file": name, "count": len(infos), "limit": MAX_DATA_FILES}
        raise IngestError(Message("zip_too_many", said))
    total = sum(i.file_size for i in infos)
    if total > limit:
        said = {"file": name, "size": total // 1024**2, "limit": limit // 1024**2}
        raise IngestError(Message("zip_too_big", said))
    for info in infos:
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            said = {"file": name, "member": info.filename, "ratio": MAX_RATIO}
            raise IngestError(Message("zip_bomb", said))


def check_office(name: str, data: bytes, limit: int = MAX_UNPACKED) -> None:
    """An .xlsx or .docx unpacks within the limits (:func:`bounded`), checked on its directory
    and then by unpacking with a cap, before a reader that cannot be stopped gets it.

    Raises:
        IngestError: Over a limit, or damaged.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise IngestError(Message("zip_damaged", {"file": name, "detail": str(err)})) from None
    bounded(name, infos, limit)
    left = limit
    for info in infos:
        left -= len(_read_member(archive, info, name, left))


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int = MAX_UNPACKED
) -> bytes:
    """A member's bytes, never more than ``cap`` (a directory that lies about sizes is caught
    here: zipfile also checks the size it declared)."""
    try:
        with archive.open(info) as handle:
            data = handle.read(cap + 1)
        if len(data) > cap:
            said = {"file": name, "size": cap // 1024**2, "limit": cap // 1024**2}
            raise IngestError(Message("zip_too_big", said))
        return data
    except RuntimeError:  # encrypted members
        raise IngestError(Message("zip_encrypted", {"file": name})) from None
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise IngestError(Message("zip_damaged", {"file": name, "detail": str(err)})) from None


def _post_kind(path: str) -> str | None:
    lowered = path.lower()
    return next((kind for pattern, kind in POST_FILES if re.search(pattern, lowered)), None)


def _leave_out(path: str, personal: bool) -> str | None:
    """Why a file inside the zip is not read (a reason code), or None to read it."""
    lowered = path.lower()
    base = PurePosixPath(lowered).name
    if lowered.startswith("__macosx/") or base.startswith(".") or base in ("thumbs.db",):
        return "system"
    if any(re.search(p, lowered) for p in OWNER_FILES):
        return "owner"
    if lowered.endswith(MEDIA_SUFFIXES):
        return "media"
    if personal:
        return None if _post_kind(path) else "not_posts"
    if lowered.endswith(".zip"):
        return "nested_zip"
    if not lowered.endswith(DATA_SUFFIXES):
        return "not_data"
    return None


HANDLE_KEYS = ("username", "userName", "Username", "screen_name")
NAME_KEYS = ("full_name", "accountDisplayName", "displayName", "Name", "name")


def _owner(data: bytes) -> Owner:
    """The account an archive's profile file names: its handle and its display name (Facebook
    names a person by full name; Instagram, X and TikTok by username)."""
    try:
        text = data.decode("utf-8")
        parsed = json.loads(text[text.index("=") + 1 :] if text.startswith("window.") else text)
    except (UnicodeDecodeError, ValueError):
        return Owner()
    return owner_in(parsed)


def owner_in(parsed: object, depth: int = 6) -> Owner:
    handle, name = None, None
    stack = [(parsed, 0)]
    while stack and not (handle and name):
        item, level = stack.pop(0)
        if isinstance(item, dict):
            for key, value in item.items():
                if isinstance(value, dict) and isinstance(value.get("value"), str):
                    value = value["value"]  # Instagram: {"Username": {"value": "..."}}
                if not isinstance(value, str) or not value.strip():
                    continue
                if handle is None and key in HANDLE_KEYS:
                    handle = "@" + repair(value).strip().lstrip("@")
                elif name is None and key in NAME_KEYS:
                    name = repair(value).strip()
            if level < depth:
                stack.extend((v, level + 1) for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list) and level < depth:
            stack.extend((v, level + 1) for v in item[:20])
    return Owner(handle, name)


# --- Meta's JSON ------------------------------------------------------------------------------


def repair(text: str) -> str:
    """Undo Meta's mojibake: UTF-8 bytes stored as Latin-1 characters ('Ã©' → 'é').

    Text that is not mojibake (plain ASCII, or real characters above Latin-1) is returned
    unchanged, because it cannot be encoded as Latin-1 or decoded as UTF-8.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _media_type(uri: str) -> str:
    return "video" if uri.lower().endswith((".mp4", ".mov")) else "image"


def instagram_posts(parsed: object, owner: Owner | None = None) -> list[dict]:
    """Flat records from Instagram's posts_N.json (a list) or reels.json (an object).

    A single photo keeps its caption and time in ``media[0]``; a carousel keeps them on the
    post itself, with the media below it.
    """
    if isinstance(parsed, dict):
        lists = [v for v in parsed.values() if isinstance(v, list)]
        parsed = lists[0] if len(lists) == 1 else []
    records = []
    for item in parsed if isinstance(parsed, list) else []:
        if not isinstance(item, dict):
            continue
        media = [m for m in item.get("media") or [] if isinstance(m, dict)]
        first = media[0] if media else {}
        stamp = item.get("creation_timestamp") or first.get("creation_timestamp")
        caption = item.get("title") or first.get("title") or ""
        kinds = {_media_type(str(m.get("uri", ""))) for m in media}
        records.append(
            {
                "timestamp": stamp,
                "text": repair(caption) or None,
                "post_type": "video" if "video" in kinds else "image",
                "author_handle": owner.handle if owner else None,
                "author_name": owner.name if owner else None,
            }
        )
    return records


def facebook_posts(parsed: object, owner: Owner | None = None) -> list[dict]:
    """Flat records from Facebook's your_posts*.json: the text is ``data[].post``.

    The post's ``title`` is a sentence Facebook generates ('X updated his status.'), not text.
    """
    if isinstance(parsed, dict):
        lists = [v for v in parsed.values() if isinstance(v, list)]
        parsed = lists[0] if len(lists) == 1 else []
    records = []
    for item in parsed if isinstance(parsed, list) else []:
        if not isinstance(item, dict):
            continue
        texts = [d.get("post") for d in item.get("data") or [] if isinstance(d, dict)]
        text = next((t for t in texts if isinstance(t, str) and t.strip()), None)
        uris, links = [], []
        for attachment in item.get("attachments") or []:
            for data in attachment.get("data") or [] if isinstance(attachment, dict) else []:
                media = data.get("media") if isinstance(data, dict) else None
                if isinstance(media, dict):
                    uris.append(str(media.get("uri", "")))
                context = data.get("external_context") if isinstance(data, dict) else None
                if isinstance(context, dict) and context.get("url"):
                    links.append(str(context["url"]))
        kind = _media_type(uris[0]) if uris else ("post" if not links else "article")
        records.append(
            {
                "timestamp": item.get("timestamp"),
                "text": repair(text) if text else None,
                "url": links[0] if links else None,
                "post_type": kind,
                "author_name": (owner.name or owner.handle) if owner else None,
            }
        )
    return records


def tiktok_posts(parsed: object, owner: Owner | None = None) -> list[dict]:
    """The account's own videos from TikTok's 'Download your data' file (user_data_tiktok.json):
    ``Post.Posts.VideoList`` since 2025, ``Video.Videos.VideoList`` before. Dates are UTC. Only
    the posts are read: messages, comments, likes and the rest of the file never are."""
    if not isinstance(parsed, dict):
        return []
    owner = owner_in(parsed.get("Profile") or {}) or owner or Owner()
    videos = []
    for section, inner in (("Post", "Posts"), ("Video", "Videos")):
        block = parsed.get(section)
        if isinstance(block, dict) and isinstance(block.get(inner), dict):
            videos += [v for v in block[inner].get("VideoList") or [] if isinstance(v, dict)]
    records = []
    for video in videos:
        title = str(video.get("Title") or "").strip()
        links = [x for x in str(video.get("Link") or "").split() if x.startswith("http")]
        records.append(
            {
                "timestamp": f"{video.get('Date')}Z" if video.get("Date") else None,
                "text": title if title and title.upper() != "N/A" else None,
                "url": links[0] if links else None,
                "reactions": video.get("Likes"),
                "post_type": "image" if "photomode" in (links[0] if links else "") else "video",
                "author_handle": owner.handle,
                "author_name": owner.name,
            }
        )
    return records


def is_tiktok_archive(parsed: object) -> bool:
    if not isinstance(parsed, dict):
        return False
    return any(
        isinstance(parsed.get(section), dict) and inner in parsed[section]
        for section, inner in (("Post", "Posts"), ("Video", "Videos"))
    )


ARCHIVE_SHAPES = {
    "instagram-archive": instagram_posts,
    "facebook-archive": facebook_posts,
    "tiktok-archive": tiktok_posts,
}
