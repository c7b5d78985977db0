# Formatting numbers for people: the "n" format spec, locale's C defaults, and manual thousands separators
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(locale.LC_NUMERIC))
print(f"{1234567.891:n}", f"{1234567:n}", format(0.5, "n"), locale.localeconv()["decimal_point"])
print(locale.format_string("%d items, %.2f total", (1234, 5678.9), grouping=True))
print(locale.str(3.14), locale.atof("2.5"), locale.atoi("42"), locale.currency if False else "-")


def euro(n):
    s = f"{n:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"


print(euro(1234567.891), euro(0.5), euro(-1000))
print(f"{1234567.891:_.1f}", f"{10**9:_x}", f"{1e6:,.0f}")
