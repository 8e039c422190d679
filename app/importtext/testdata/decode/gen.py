#!/usr/bin/env python3
"""Writes the Decode test files next to this script.

Run once from this directory (python3 gen.py); the files are committed, and
decode_test.go checks that they still match what golang.org/x/text encodes.
text.txt is the reference: every readable file decodes to it, up to line ends.
"""
import codecs

TEXT = (
    "日英デジタルパートナーシップ政務級会合を開催しました\n"
    "\n"
    "令和7年1月22日\n"
    "\n"
    "１．概要\n"
    "\n"
    "\u3000本会合では、半導体サプライチェーンの強靱化について議論しました。\n"
    "\n"
    "写真1\n"
    "\n"
    "担当\n"
    "商務情報政策局 国際室\n"
    "Division in Charge: Office of International Affairs\n"
)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


write("text.txt", TEXT.encode("utf-8"))
write("utf8.txt", TEXT.encode("utf-8"))
write("utf8-bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
write("utf16le-bom.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
write("utf16be-bom.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"))
write("shift_jis.txt", TEXT.encode("shift_jis"))
write("euc-jp.txt", TEXT.encode("euc_jp"))
write("crlf.txt", TEXT.replace("\n", "\r\n").encode("utf-8"))
write("cr.txt", TEXT.replace("\n", "\r").encode("utf-8"))
write("shift_jis-crlf.txt", TEXT.replace("\n", "\r\n").encode("shift_jis"))

# Refused files.
write("empty.txt", b"")
write("whitespace.txt", " \t\n\r\n\u3000\u3000\n\u00a0\n".encode("utf-8"))
write("utf16le-bom-only.txt", codecs.BOM_UTF16_LE)
write("nul.bin", b"abc\x00def\n")
write("png-header.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00")
# 0xFF is no byte of UTF-8, Shift_JIS or EUC-JP: line 3, byte 10 (after 三行目).
write("invalid.txt", "line one\nline two\n三行目".encode("utf-8") + b"\xff\n")
# The same bad byte behind lines ended by CR only: still line 3.
write("invalid-cr.txt", "line one\rline two\r三行目".encode("utf-8") + b"\xff\r")
# A Shift_JIS file whose third line holds the bad byte.
write("invalid-shift_jis.txt", "一行目\n二行目\n三行目".encode("shift_jis") + b"\xff\n")
# A whitespace-only file in Shift_JIS (two ideographic spaces and a newline).
write("whitespace-shift_jis.txt", "\u3000\u3000\n".encode("shift_jis"))
# A UTF-16LE file whose third line holds a lone high surrogate (U+D800).
write("invalid-utf16le.txt", codecs.BOM_UTF16_LE + "one\ntwo\nthree".encode("utf-16-le") + b"\x00\xd8" + "\n".encode("utf-16-le"))
