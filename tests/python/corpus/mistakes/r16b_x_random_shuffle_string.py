# random.shuffle of a str
import random
random.seed(4)
letters = list("abc")
random.shuffle(letters)
print(letters)
random.shuffle("abc")
