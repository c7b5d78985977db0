# random.choice of an empty list.
import random
random.seed(5)
menu = ["soup", "salad"]
print(random.choice(menu))
menu.clear()
print(random.choice(menu))
