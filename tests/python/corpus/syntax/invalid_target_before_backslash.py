# an invalid target before a tokenizer error on the same line: the target's error wins
def total(a, b):
    return a + b

f() = total \ 3
print("never")
