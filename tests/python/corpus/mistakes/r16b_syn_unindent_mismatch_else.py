# An else dedented to a column that matches no outer block
def sign(n):
    if n < 0:
        return "negative"
  else:
        return "non-negative"

print(sign(3))
