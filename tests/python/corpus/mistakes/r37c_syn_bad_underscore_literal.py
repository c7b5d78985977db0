# a big budget written with digit separators, one too many at the end
budget = 1_000_000_
spent = 250_000
print("left:", budget - spent)
print("ok")
