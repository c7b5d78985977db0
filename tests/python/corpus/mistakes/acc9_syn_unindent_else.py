# An else dedented to a level that matches nothing.
def check(n):
    if n > 0:
        return "positive"
  else:
        return "not positive"

print(check(3))
