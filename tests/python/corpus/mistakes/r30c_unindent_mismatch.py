# Dedenting to a level that never existed.
def check(x):
    if x > 0:
        print("positive")
      print("checked")
    return x

check(3)
