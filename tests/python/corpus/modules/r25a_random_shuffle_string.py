import random

random.seed(9)
word = "python"
letters = list(word)
random.shuffle(letters)
print("".join(letters))
random.shuffle(word)
print(word)
