# re.compile's errors for patterns a learner writes, then a bad group reference in re.sub
import re
for pat in ["[a-", "(ab", "a{2,1}", "*a", "a)", "(?P<1>x)", "\\"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), "->", e)
re.sub(r"(\w+)", r"\2", "abc")
