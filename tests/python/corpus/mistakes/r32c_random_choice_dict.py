# A capitals quiz that passes the whole dict to random.choice.
import random
random.seed(4)

capitals = {"France": "Paris", "Japan": "Tokyo", "Peru": "Lima"}
print("Quiz with", len(capitals), "countries")
country = random.choice(capitals)
print("What is the capital of", country, "?")
