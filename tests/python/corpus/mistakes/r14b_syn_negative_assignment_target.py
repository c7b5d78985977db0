# Mistake: a minus sign in front of the name being assigned.
balance = 100
withdrawal = 30
-balance = withdrawal
print(balance)
