"""The manual inside the program: the help window, its topics and the list of shortcuts."""
