# -*- coding: latin-1 -*-
# A program saved in Latin-1, as its coding line says (PEP 263): its text is decoded before it runs
word = "café"
print(word, len(word), [hex(ord(c)) for c in word])
print("À la carte".upper(), "naïve".title())
prices = {"crème": 2.5, "gâteau": 3.0}
for name, price in prices.items():
    print(f"{name:>8}: {price:.2f} §")
print(prices["crème brûlée"])  # the traceback shows this line as decoded
