# Multiplying and dividing strings by strings.
for expr in ['"5" * "5"', '10 / "2"', '"3" + 4', '[1] * 2.0', '"ab" - "b"', '-"x"', '2 ** "3"', '"a" < 1', 'None < None']:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr:10} {e}")
print(sum(["1", "2"]))
