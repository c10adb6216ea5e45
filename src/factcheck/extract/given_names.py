"""Common given names, so "Scott Peterson" reads as a person without a title or a verb."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract._base import word_set

# A general list of frequent given names in English-language news (US/UK registers plus
# names common in world news); it marks a capitalised pair as a person, never a place.
GIVEN_NAMES = word_set(
    """Aaron Abdul Adam Adrian Ahmed Alan Albert Alex Alexander Alexandra Alice Alicia Alistair
    Amanda Amy Ana Andrea Andrew Angela Ann Anna Anne Anthony Antonio Antony Barack Barbara
    Ben Benjamin Bernie Beth Betty Bill Bob Boris Brad Brandon Brenda Brian Bruce Carl Carlos
    Carol Caroline Catherine Charles Charlie Chris Christian Christina Christine Christopher
    Claire Colin Craig Dan Daniel Dave David Deborah Dennis Diana Diane Donald Donna Dorothy
    Douglas Dylan Ed Edward Elizabeth Ellen Emily Emma Emmanuel Eric Erin Ethan Eugene Frank
    Fred Gary George Gerald Gordon Grace Greg Gregory Hannah Harold Harry Heather Helen Henry
    Hillary Hugh Ian Igor Isabel Jack Jacob James Jamie Jane Janet Jason Jean Jeff Jeffrey
    Jennifer Jeremy Jerry Jessica Jim Joan Joe John Johnny Jonathan Jordan Jose Joseph Joshua
    Joyce Juan Judith Julia Julie Justin Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth
    Kevin Kim Kimberly Kyle Larry Laura Lauren Lawrence Lee Linda Lisa Louis Lucy Luis Luke
    Margaret Maria Marie Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle
    Mike Mohammed Muhammad Nancy Nathan Nicholas Nick Nicole Nikki Noah Olivia Pamela Patricia
    Patrick Paul Peter Phil Philip Rachel Ralph Randy Raymond Rebecca Richard Rick Rishi Robert
    Roger Ron Ronald Rose Roy Russell Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean
    Sergei Sharon Shirley Stephanie Stephen Steve Steven Susan Tanya Terry Theresa Thomas Tim
    Timothy Tom Tony Tyler Victoria Vincent Vladimir Walter Wayne William Xi Yuki Zachary
    Ahmad Hassan Ibrahim Khaled Khalid Mahmoud Mohamed Mohammad Yousef Yusuf"""
)

# A wider, international list for people in world news (sport, politics, business): only
# names.py reads it, so places keep their narrower "country that is a given name" test.
# No month, country or common English word is on it ("May", "Chad", "Will", "Hope").
WORLD_GIVEN_NAMES = GIVEN_NAMES | word_set(
    """Aaliyah Abbas Abby Abdel Abdullah Abdulla Abe Abel Abigail Abraham Ada Adama Adeel
    Adele Adnan Adolfo Adriana Adrien Afonso Agnes Agnieszka Agustin Ahmet Aidan Aileen Aisha
    Akira Akbar Akhil Alain Alaa Alastair Alba Alberto Aldo Alec Aleksandr Aleksander Aleksei
    Alejandro Alessandra Alessandro Alexei Alexey Alexis Alfie Alfonso Alfred Alfredo Ali
    Alina Alison Allan Allen Allison Alok Alonso Alvaro Álvaro Amadou Amal Amani Amelia
    Amina Amir Amit Amos Ana Anand Anastasia Anders Andrés Andres Andrej Andrei Andrey Andrzej
    Angel Ángel Angelo Angus Anil Anita Anja Anke Annalena Annette Anselm Antoine Anton Antonia
    Antonin Antonín Anwar Aoife Archie Ariana Ariel Arjun Arlene Armand Armando Armin Arnaud
    Arnold Aron Arsène Arsene Arthur Arturo Artur Arun Arvind Asad Asghar Ashley Ashok Ashton
    Asif Aslan Astrid Audrey Augustin Aung Aurelien Aurélien Austin Ava Avi Axel Ayman Aziz
    Babak Bahram Bakary Balázs Baltasar Barry Bart Bashar Basil Bastian Beata Beatrice Beatriz
    Belinda Ben Benedict Benedikt Benito Benoît Benoit Bernard Bernd Bernardo Bert Bertrand
    Bettina Beverly Bilal Billy Bjorn Björn Blaise Blake Bobby Bogdan Bongani Boris Boyd
    Brendan Brent Brett Bridget Britney Brooke Bruno Bryan Bryce Burak Byron Caitlin Callum
    Calvin Cameron Camila Camille Candace Carla Carles Carlo Carmen Carsten Casey Cassandra
    Catalina Cecilia Cedric Cédric Celia Celine Céline Cem Cesar César Chadwick Chang Chantal
    Chen Cheng Cheryl Chiara Chidi Chloe Choi Chong Chris Christa
    Christiane Christoph Christophe Chuck Cindy Ciro Clara Clarence Claude Claudia Claudio
    Clement Clément Cliff Clifford Clint Clive Cody Colleen Conor Connor Constance Cora Corinne
    Cory Cristian Cristiano Cristina Curtis Cynthia Cyril Cyrus Dagmar Daisuke Dale Damian
    Damien Dana Danielle Danilo Dante Daria Darius Darko Darren Darryl Daryl Dashiell Davide
    Dean Declan Deepak Delia Demetrius Denis Denise Dennis Derek Desmond Devon Dexter
    Dheeraj Diego Dieter Dilma Dimitri Dimitris Dimitrios Dina Dirk Dmitri Dmitry Dolores
    Domenico Dominic Dominik Dominique Don Dong Donovan Doris Doug Drew Duane Duncan Dustin
    Dwayne Dwight Ebrahim Eddie Edgar Edith Edmund Edoardo Eduardo Edwin Efraim Ehud Eileen
    Ekaterina Elaine Elena Eli Elias Elijah Elif Elisa Elisabeth Elise Eliza Ella Elliot Elliott
    Elon Elsa Elvira Emilio Emine Emma Emmanuelle Emre Enrico Enrique Enzo Ephraim
    Erik Erika Erin Erling Ernest Ernesto Ernst Esra Esteban Esther Ethan Étienne Etienne
    Eugenia Eva Evan Evelyn Evgeny Ezra Fabian Fabio Fabrice Fahad Faisal Farah Farid Farhad
    Fatima Fatma Federico Felipe Felix Félix Ferdinand Fernanda Fernando Filip Filipe Finn
    Fiona Florian Fouad Francesca Francesco Francis Francisco Franck Franco Francois François
    Frank-Walter Franz Frederic Frédéric Frederik Fumio Gabriel Gabriela Gabriele Gabrielle
    Gareth Garry Gavin Gemma Geoff Geoffrey Georg Georges Georgi Gerard Gérard Gerhard
    Geraldo Gianluca Gianni Gideon Gil Gilbert Gilberto Gilles Gina Giorgia Giorgio Giovanni
    Giulia Giuseppe Glen Glenn Gloria Gonzalo Graham Greta Guido Guillaume Guillermo Gunter
    Günter Gustavo Gwen Habib Hadi Hai Haider Hakan Hamad Hamid Hamza Hank Hans Haruki Harvey
    Hasan Hayley Hazel Heidi Heinz Helena Helmut Hendrik Henri Henrik Herbert Heather Hector
    Héctor Heiko Helga Herman Hideki Hilda Hiroshi Hirokazu Hisham Holly Horst Howard Hubert
    Hugo Humberto Hunter Hussein Hyun Ignacio Igor Ilham Ilya Imran Ines Inés Ingrid Ioannis
    Irene Iris Irina Irving Isaac Isabella Isabelle Ismail Ivan Ivana Ivo Jaap Jacinda Jack
    Jackie Jacqueline Jacques Jade Jaime Jair Jake Jalal Jamal Jameel Jamil Jan Jana Janet
    Janice Jared Jarosław Jaroslaw Jasmine Javad Javier Javed Jay Jean-Claude Jean-Luc
    Jean-Marie Jean-Michel Jean-Pierre Jean-Yves Jeanne Jeannette Jens Jeremiah Jerome Jérôme
    Jesse Jessie Jill Jimmy Jin Joachim Joao João Joaquín Joaquin Jodie Joel Joelle Johan
    Johann Johannes Johanna Jon Jonas Jorge Jörg Jorg José Josef Josep Josephine Josh Josie
    Juan Juan-Carlos Judy Jules Julian Julien Julio Julius Jun Junichi Jürgen Jurgen Justine
    Kai Kaitlyn Kamala Kamal Kamil Kang Karel Karim Karin Karina Karl Karlheinz Kasper
    Katarzyna Kathryn Kathy Katie Katrin Katrina Kayla Kazuo Keiko Keir Ken Kenji Kenny
    Kento Kerry Kevin Khaled Kieran Kim Kirk Kirsten Klaus Kofi Koji Konrad Konstantin Kristen
    Kristi Kristin Kristina Krzysztof Kurt Kwame Kylian Lachlan Lamine Lance Lars Laszlo László
    Laurence Laurent Leah Leandro Leila Lena Leo Leon León Leonard Leonardo Leonid Leslie Lewis
    Li Lia Liam Liang Lila Lily Lin Lindsey Lionel Liu Liz Lloyd Lorenzo Lori
    Lorraine Lothar Louise Luc Luca Lucas Lucia Lucía Luciano Ludwig Luigi Luisa Luiz
    Lukas Lukasz Łukasz Luke Lydia Lyndon Madeleine Magdalena Magnus Mahathir Mahmoud
    Maja Malcolm Malik Mamadou Manfred Manuel Manuela Mao Marc Marcel Marcelo Marco Marcos
    Marcus Margot Mariana Mariano Marianne Marie-Claude Marilyn Marine Mario Marion
    Marisa Marissa Marius Marjorie Markus Marlene Marta Marti Martina Marvin Masayoshi
    Masahiro Massimo Mateo Mateusz Mathias Mathieu Matías Matias Matteo Matthias Mattias
    Maurice Mauricio Mauro Max Maxim Maxime Maximilian Maya Mehdi Mehmet Mei Melanie
    Melinda Meng Meryl Mette Mia Micah Michael Michel Michele Michèle Miguel Mikael
    Mikhail Miles Milos Miloš Min Ming Miriam Mitch Mitchell Mitsuo Mohamed
    Mohammad Mohsen Molly Monica Monika Morgan Moritz Moses Muhammadu Muhammed Murat Mustafa
    Nadia Nadine Nahid Naomi Naoki Naoko Narendra Nasser Natalia Natalie Natasha Nawaz Neil
    Nelson Nestor Néstor Nia Nicola Nicolas Nicolás Niels Nigel Nikita Nikola Nikolai
    Nikolaos Nils Nina Nobuo Noel Nora Norbert Norma Norman Nuno Nur Nursultan Oleg Oleksandr
    Oleksiy Olga Oliver Olivier Omar Omer Ömer Oscar Óscar Osman Otto Owen Pablo Paolo
    Pascal Patrice Patrik Paula Paulo Pavel Pawel Paweł Pedro Pekka Penny Pep Petr Petra
    Petro Phillip Pierre Pierre-Henry Pierre-Emerick Piers Pietro Piotr Priya Qasim Quentin
    Rafael Rafa Rafał Rafal Rahul Rainer Raj Rajesh Ramesh Ramón Ramon Ramzan Randall
    Rania Raphael Raphaël Rashid Raul Raúl Ravi Rayan Reba Recep Reem Reggie Reinhard
    Rémi Remi Renata Renate Rene René Reza Rhys Ricardo Riccardo Richie Rico Rik Riley Rita
    Rob Roberta Roberto Robin Rocco Rod Rodolfo Rodrigo Roland Rolf Romain Romano Ron
    Ronan Ronnie Rory Rosa Rosalind Ross Rowan Ruben Rubén Rudolf Rudy Rui Rupert
    Rustam Ryo Sabine Sacha Sadiq Saeed Salah Salim Salman Salvatore Sami Samir Samira
    Sanjay Sandro Sarah Sascha Satoshi Saul Scarlett Sebastian Sebastián Sebastien
    Sébastien Selim Serena Serge Sergey Sergio Sergiy Seth Seung Shane Shannon Sharif Shaun
    Shawn Sheila Shelby Sheldon Sherry Shigeru Shinji Shinzo Shira Shlomo Shoji Sigmar
    Silvia Silvio Simon Simone Sinead Siobhan Slavoj Sonia Sonja Sophie Sophia
    Stanislav Stefan Stefano Steffen Stella Stuart Sunil Sung Suresh Susanne
    Suzanne Sven Svetlana Sylvia Sylvie Taro Tamara Tamim Tammy Tanja Tariq Tatiana Tatyana
    Ted Teresa Thabo Thea Theo Théo Thiago Thierry Thilo Thomas Tiago Tiffany Tim Timo Tina
    Tobias Todd Tomas Tomás Tomasz Tommy Toni Tony Tori Torsten Tracy Travis Trent Trevor
    Tristan Tsai Tyrone Uday Ulrich Ulrike Umar Umberto Ursula Uwe Vadim Valentin
    Valentina Valeria Valerie Valérie Vanessa Vasily Vernon Veronica Véronique Vicente Victor
    Víctor Vijay Viktor Viktoria Vinicius Vinícius Virgil Vitaly Vivek Vivian Vladislav Volker
    Volodymyr Walid Wang Warren Wei Wendy Werner Wes Wesley Wilfried Willem Willie
    Wilson Winston Wojciech Wolfgang Xavier Xiao Yael Yair Yannick Yaroslav Yasmin Yasser
    Yevgeny Yitzhak Yoav Yolanda Yoon Yoshihide Yoshimasa Yoshiro Youssef Yuri Yuriy Yury
    Yusuke Yves Zaid Zainab Zak Zara Zeynep Zhang Zhao Zheng Zhou Zinedine Zoe Zoltan Zoltán
    Zsolt Zubair Zygmunt Benjamín Carlos-Alberto Derrick Gregg Hamish Hernan Hernán Kendall
    Kirill Lorne Marek Mariusz Matej Mikko Mykola Ole Oskar Pål Rasmus Ryszard Sanna Sauli
    Taisto Tarja Tuomas Vaclav Václav Vitali Vojtech Ángela"""
)

# Given names of the 1990 US Census (public domain; built by ``scripts/build_given_names.py``,
# which leaves out the hand lists above), less every common word, month, weekday and
# gazetteer place ("Melody", "April", "Tyler"): "5-year-old Mariah Davis" reads as a person.
_CENSUS = Path(__file__).resolve().parent.parent / "lexdata" / "given_names_census.txt"
HAND_WORLD_GIVEN_NAMES = WORLD_GIVEN_NAMES
CENSUS_GIVEN_NAMES = frozenset(
    w for w in _CENSUS.read_text("utf-8").splitlines() if w and not w.startswith("#")
)
WORLD_GIVEN_NAMES = HAND_WORLD_GIVEN_NAMES | CENSUS_GIVEN_NAMES
