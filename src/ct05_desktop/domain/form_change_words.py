"""What a change of the report form does, in words (domain.form_changes): the lines a
form file's dry run or the form editor shows, in both languages. Apart from form_words,
which the refusals' tables read (this module reads Phrase from refusals)."""

from __future__ import annotations

from ct05_desktop.domain.form_changes import FormDiff
from ct05_desktop.domain.refusals import Phrase


def years_held(year: int, next_change: int | None, count: int) -> Phrase:
    """'Biểu mẫu từ năm 2021 đến năm 2024: 31 chỉ tiêu' (to the next change, or on)."""
    if next_change is None:
        return Phrase(
            f"Biểu mẫu từ năm {year} trở đi: {count} chỉ tiêu",
            f"The form from {year} on: {count} indicators",
        )
    last = next_change - 1
    if last == year:
        return Phrase(f"Biểu mẫu năm {year}: {count} chỉ tiêu", f"The form of {year}: {count}")
    return Phrase(
        f"Biểu mẫu từ năm {year} đến năm {last}: {count} chỉ tiêu",
        f"The form from {year} to {last}: {count} indicators",
    )


def diff_lines(changed: FormDiff, year: int, next_change: int | None) -> list[Phrase]:
    """What a new form from year changes, a line each (none: 'không thay đổi gì')."""
    if changed.empty:
        return [Phrase(f"Biểu mẫu năm {year} không thay đổi gì.", f"The {year} form is unchanged.")]
    later = (
        Phrase(" và các năm sau", " and the years after")
        if next_change is None
        else Phrase(
            f" (đến năm {next_change - 1}; các năm sau giữ thay đổi riêng của mình)",
            f" (to {next_change - 1}; later years keep their own changes)",
        )
    )
    out = [Phrase(f"Từ năm {year}{later.vi}:", f"From {year}{later.en}:")]
    name = changed.named
    out += [Phrase(f"  thêm chỉ tiêu {name(c)}", f"  {name(c)} added") for c in changed.added]
    for c in changed.retired:
        held = changed.held.get(c, 0)
        if not held:
            out.append(Phrase(f"  bỏ chỉ tiêu {name(c)}", f"  {name(c)} retired"))
            continue
        out.append(
            Phrase(
                f"  bỏ chỉ tiêu {name(c)}: {held} số liệu đã nhập từ năm {year} vẫn được giữ "
                "nhưng không còn trong báo cáo",
                f"  {name(c)} retired: {held} figures entered from {year} are kept but "
                "leave the reports",
            )
        )
    out += [
        Phrase(f"  đổi tên chỉ tiêu ({c}): “{old}” thành “{new}”", f"  {c}: “{old}” → “{new}”")
        for c, old, new in changed.renamed
    ]
    out += [
        Phrase(
            f"  chuyển {name(c)} từ nhóm “{name(old)}” sang nhóm “{name(new)}”",
            f"  {name(c)} moved from {old} to {new}",
        )
        for c, old, new in changed.moved
    ]
    out += [
        Phrase(
            f"  sửa {name(c)} (tổng, thành phần, đơn vị tính, tên tiếng Anh hoặc câu trong "
            "báo cáo)",
            f"  {c} changed",
        )
        for c in changed.changed
    ]
    out += [
        Phrase(f"  đổi tên nhóm “{old}” thành “{new}”", f"  section “{old}” renamed “{new}”")
        for c, old, new in changed.sections
    ]
    if changed.reordered:
        out.append(Phrase("  đổi thứ tự chỉ tiêu", "  indicators reordered"))
    return out
