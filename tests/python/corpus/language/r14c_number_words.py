# Numbers written in English words, for 0 to 9999, with a few checks.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    sep = "" if rest == 0 else (" and " if rest < 100 else ", ")
    return words(n // 1000) + " thousand" + ("" if rest == 0 else sep + words(rest))

for n in [0, 7, 13, 20, 45, 100, 101, 342, 999, 1000, 1005, 2024, 9999]:
    print(f"{n:>5} {words(n)}")
letters = sum(len(words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters 1..1000:", letters)
