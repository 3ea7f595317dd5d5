"""The sample city, "Gmina Miasto Przykładowo", so a newcomer sees a full program."""
