x = "abc" "def
