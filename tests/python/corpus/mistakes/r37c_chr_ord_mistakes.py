# a tiny cipher that shifts letters by their code points
def shift(word, n):
    return "".join(chr(ord(c) + n) for c in word)

print(shift("abc", 1))
print(shift("hal", -1))
print(ord("ab"))
