# chr() and ord() of wrong values.
for call in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ord(65))
