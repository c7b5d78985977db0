# str.index on a substring that is not there.
email = "ann.example.org"
at = email.index("@")
print(email[:at])
# (the learner's program ends here)
