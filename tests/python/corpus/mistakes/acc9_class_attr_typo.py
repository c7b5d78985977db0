# A misspelt class attribute.
class Config:
    DEBUG = True
    RETRIES = 3

print(Config.RETRIES)
print(Config.DEBGU)
