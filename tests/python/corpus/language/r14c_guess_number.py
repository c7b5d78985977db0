# A guess-the-number game with a seeded secret and guesses read from input().
import random

random.seed(7)
secret = random.randint(1, 100)
tries = 0
while True:
    raw = input("Guess a number between 1 and 100: ")
    if not raw.isdigit():
        print("That's not a number!")
        continue
    guess = int(raw)
    tries += 1
    if guess < secret:
        print("Too low")
    elif guess > secret:
        print("Too high")
    else:
        print(f"Correct! It was {secret}. You needed {tries} tries.")
        break
