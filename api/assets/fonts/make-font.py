#!/usr/bin/env python3
"""Builds the CJK fonts the ad-sales PDFs embed (see README.md in this folder).

Subsets Noto Sans CJK SC (face 2 of Debian's fonts-noto-cjk collection) to GB 2312 (all 6,763
hanzi and its symbols) + ASCII + Latin-1 + general and CJK punctuation + fullwidth forms + a few
hanzi common in personal and company names that GB 2312 lacks, and renames the family so the
derivative does not carry the upstream name (SIL OFL 1.1 §3).

Chosen for size and for pdfkit's speed (a 20-line quote PDF must render in well under 200 ms):
- CFF outlines are kept (pdfkit embeds them as CIDFontType0C, text stays extractable through the
  ToUnicode map pdfkit writes);
- desubroutinized: fontkit's CFF subsetter otherwise copies every global subroutine slot into
  every PDF and re-encodes them, which was most of the render time;
- no OpenType layout tables (GSUB/GPOS/GDEF/BASE, vertical metrics): horizontal Chinese and Latin
  need no shaping, and dropping them halves the file and the per-document parse.

Usage (Debian: apt-get install fonts-noto-cjk python3-fonttools):
    /usr/bin/python3 api/assets/fonts/make-font.py
"""
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
SOURCES = {
    'Regular': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    'Bold': '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
}
SC_FACE = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK in the collection
FAMILY = 'Portal Sans SC'

# Hanzi outside GB 2312 that turn up in Chinese names and company names.
EXTRA_HANZI = '堃喆珺昇犇淼焱镕瑄琍玥婧妍翀旻晔昱璟琰祎祺禛赟濛瀚淏浛泓涞滢颢熠烨炜焜煜甦皓睿翊翌钰铧锘锟镭韬骞鑫垚'


def charset() -> str:
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1: ¥ × ÷ ° ±
        (0x2000, 0x206F),  # general punctuation: — – ‘ ’ “ ” … ‰
        (0x2100, 0x215F),  # letterlike and number forms: № ℃ ™
        (0x2190, 0x21FF),  # arrows
        (0x2460, 0x24FF),  # enclosed numbers ①
        (0x25A0, 0x25FF),  # geometric shapes ■ ● ◆ ★ (2605 below)
        (0x2605, 0x2606),
        (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」【】〔〕
        (0xFF01, 0xFF5E),  # fullwidth forms: ，：；（）！？
        (0xFFE0, 0xFFE6),  # fullwidth ￥ ￠ ￡
    ]
    for lo, hi in ranges:
        chars.update(chr(c) for c in range(lo, hi + 1))
    chars.update(EXTRA_HANZI)
    return ''.join(sorted(chars))


def build(style: str, source: str) -> Path:
    font = TTCollection(source).fonts[SC_FACE]
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'VORG', 'vhea', 'vmtx']
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.hinting = False  # PDF viewers rasterise themselves; hints only add bytes
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=charset())
    subsetter.subset(font)

    ps_name = f'PortalSansSC-{style}'
    full = f'{FAMILY} {style}' if style != 'Regular' else FAMILY
    name = font['name']
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            name.removeNames(nameID=record.nameID)
    for platform in ((3, 1, 0x409), (1, 0, 0)):
        name.setName(FAMILY, 1, *platform)
        name.setName(f'{ps_name};subset-of-NotoSansCJKsc', 3, *platform)
        name.setName(full, 4, *platform)
        name.setName(ps_name, 6, *platform)
    font['CFF '].cff.fontNames = [ps_name]
    out = HERE / f'{ps_name}.otf'
    font.save(out)
    return out


if __name__ == '__main__':
    for style, source in SOURCES.items():
        path = build(style, source)
        print(f'{path.name}: {path.stat().st_size / 1e6:.2f} MB')
