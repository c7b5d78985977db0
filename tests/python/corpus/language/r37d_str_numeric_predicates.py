# Which characters count as digits: isdigit vs isdecimal vs isnumeric vs isalnum on odd strings.
samples = ["123", "½", "²", "٣", "Ⅻ", "-5", "1.0", "", " ", "abc1", "ß", "x²"]
print(f"{'s':>6} {'digit':>6} {'decimal':>8} {'numeric':>8} {'alnum':>6} {'alpha':>6}")
for s in samples:
    print(f"{s!r:>6} {s.isdigit()!s:>6} {s.isdecimal()!s:>8} {s.isnumeric()!s:>8} {s.isalnum()!s:>6} {s.isalpha()!s:>6}")
print(int("٣٤"), float("１２.５"), int(" 42 "), int("1_000"))
print("Straße".upper(), "Straße".casefold(), "ǅ".lower(), "ǆ".title(), "İ".lower().encode())
print("hello_world1".isidentifier(), "1x".isidentifier(), "class".isidentifier())
print("Hello World".swapcase(), "ABC".isupper(), "Abc Def".istitle(), "\t\n".isspace(), "Ab".isprintable())
try:
    int("²")
except ValueError as e:
    print(e)
