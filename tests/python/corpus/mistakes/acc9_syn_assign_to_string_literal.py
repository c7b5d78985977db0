# A string literal on the left of =.
answer = "yes"
if True:
    "yes" = answer
print(answer)
