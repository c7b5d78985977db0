# A small quiz that reads answers from standard input and keeps a score
questions = [("2 + 2 = ", "4"), ("Capital of France? ", "paris"), ("Python's creator? ", "guido")]
score = 0
for q, answer in questions:
    reply = input(q).strip().lower()
    if reply == answer:
        score += 1
        print("Correct!")
    else:
        print(f"Nope, it was {answer!r}, not {reply!r}")
print(f"Score: {score}/{len(questions)} ({score / len(questions):.0%})")
while (line := input("more? ")) != "no":
    print("you said", line.upper())
name = input("name: ")
