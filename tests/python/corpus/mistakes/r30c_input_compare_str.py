# Comparing the text from input() with a number.
guess = input("Guess a number: ")
secret = 7
if guess == secret:
    print("right!")
elif guess > secret:
    print("too high")
