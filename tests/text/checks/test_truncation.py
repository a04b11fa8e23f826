"""truncated_sentence: a sentence cut before its end."""

import pytest

from newsfix.text.checks import truncation
from newsfix.text.document import Document

FLAGGED = [
    pytest.param(
        "fr",
        "Il faut suspendre la séance lorsqu’un vote été annoncé par le président.",
        "Il faut suspendre la séance lorsqu’un vote",
        id="fr-noun-runs-into-ete",
    ),
    pytest.param(
        "fr",
        "Les uns approuvent, tandis que d’autres mesure tardive mais nécessaire.",
        "Les uns approuvent, tandis que d’autres",
        id="fr-d-autres-runs-into-a-singular",
    ),
    pytest.param(
        "fr",
        "À la pause, on s’est dit qu’on plus vite que les autres.",
        "À la pause, on s’est dit qu’on",
        id="fr-subject-clitic-runs-into-an-adverb",
    ),
    pytest.param(
        "fr",
        "Les loyers ont augmenté pour les Bien que les salaires aient progressé, rien ne change.",
        "Les loyers ont augmenté pour les",
        id="fr-article-runs-into-a-conjunction-opening-a-sentence",
    ),
    pytest.param(
        "en",
        "Output rose 15 percent compared with last year, and It forecast a record harvest.",
        "Output rose 15 percent compared with last year, and",
        id="en-conjunction-runs-into-a-new-sentence",
    ),
    pytest.param(
        "en",
        "A decision is expected by Whatever the court decides, the ruling will be appealed.",
        "A decision is expected by",
        id="en-preposition-runs-into-whatever",
    ),
    pytest.param(
        "fr",
        "Cette assemblée, dont la majorité socialiste a de acclamé le nouveau premier ministre.",
        "Cette assemblée, dont la majorité socialiste a de",
        id="fr-de-before-a-vowel",
    ),
    pytest.param(
        "fr",
        "La police recommande aux internautes l'installation ou la mise leur programme antivirus.",
        "La police recommande aux internautes l'installation ou la mise",
        id="fr-noun-runs-into-possessive",
    ),
    pytest.param(
        "fr",
        "Le procès a été reporté. Elle est aussi la langue de les discours officiels.",
        "Elle est aussi la langue de",
        id="fr-de-les-without-contraction",
    ),
    pytest.param(
        "fr",
        "Deux membres La police n'a pas confirmé le lien entre les deux affaires.",
        "Deux membres",
        id="fr-runs-into-next-sentence",
    ),
    pytest.param(
        "fr",
        "La Russie peut prétendre que l'autre partie n'est pas engagée Blinken a déclaré qu'il "
        "appartenait à la Russie de choisir.",
        "La Russie peut prétendre que l'autre partie n'est pas engagée",
        id="fr-participle-runs-into-a-name",
    ),
    pytest.param(
        "fr",
        "La Belgique est en alerte jaune, l'ensemble Le Luxembourg n'est pas épargné.",
        "La Belgique est en alerte jaune, l'ensemble",
        id="fr-runs-into-a-sentence-opening-on-a-name",
    ),
    pytest.param(
        "fr",
        "Il a gagné.\n\nDe plus, en cinq ans, environ 16 000 habitants de plus de",
        "De plus, en cinq ans, environ 16 000 habitants de plus de",
        id="fr-text-stops-on-a-preposition",
    ),
    pytest.param(
        "fr",
        "Les élus ont voté hier. Lundi soir, les actions du groupe étaient en\n\nÀ lire aussi",
        "Lundi soir, les actions du groupe étaient en",
        id="fr-paragraph-stops-before-furniture",
    ),
    pytest.param(
        "fr",
        "Jean Martin, président du groupe. Il a faire un rappel au règlement.",
        "Il a",
        id="fr-auxiliary-before-infinitive",
    ),
    pytest.param(
        "fr",
        "Les journalistes ont été libérés. Les otages les sont toujours en sécurité.",
        "Les otages les",
        id="fr-article-before-etre",
    ),
    pytest.param(
        "fr",
        "Les élus votent. Le changement qui pourrait de l'élection surprend.",
        "Le changement qui pourrait",
        id="fr-modal-before-preposition",
    ),
    pytest.param(
        "en",
        "The strike was long. Pupils who arrived late would not be Suivez-nous sur Facebook",
        "Pupils who arrived late would not be",
        id="en-furniture-glued-to-a-cut-sentence",
    ),
    pytest.param(
        "fr",
        "Le mélange est incorporé dans régime alimentaire nord-américain.",
        "Le mélange est incorporé dans",
        id="fr-dans-without-article",
    ),
    pytest.param(
        "en",
        "Margins on short routes were thin before the Now many of them do not add up.",
        "Margins on short routes were thin before the",
        id="en-article-before-sentence-start",
    ),
    pytest.param(
        "fr",
        "Il a démissionné. La presse internationale a saisi cette affaire, notamment "
        "GALERIE DE PHOTOS (CLIQUEZ POUR AGRANDIR)",
        "La presse internationale a saisi cette affaire, notamment",
        id="fr-cut-sentence-before-glued-capitals-furniture",
    ),
    pytest.param(
        "en",
        "The fire is out. Headteachers will decide school",
        "Headteachers will decide school",
        id="en-short-cut-sentence-after-a-full-one",
    ),
    pytest.param(
        "en",
        "Parents' groups said were worried about the impact on pupils.",
        "Parents' groups said",
        id="en-said-without-a-subject",
    ),
    pytest.param(
        "en",
        "“We saved most of and the dog,” said Nikos Pappas.",
        "“We saved most of",
        id="en-preposition-before-and",
    ),
    pytest.param(
        "en",
        "The team plans further observations next year to measure the",
        "The team plans further observations next year to measure the",
        id="en-text-stops-on-an-article",
    ),
    pytest.param(
        "en",
        "Officials said the the road would reopen on Monday.",
        "Officials said the",
        id="en-repeated-article",
    ),
    pytest.param(
        "en",
        "A new regulator be able to audit software suppliers.",
        "A new regulator",
        id="en-bare-be-after-a-noun",
    ),
    pytest.param(
        "en",
        "The fire spread. The crews who fought it said the of the valley was lost.",
        "The crews who fought it said the",
        id="en-article-before-preposition",
    ),
    pytest.param(
        "fr",
        "Les réunions prévues également été annulées par la direction.",
        "Les réunions prévues également",
        id="fr-ete-without-auxiliary",
    ),
    pytest.param(
        "en",
        "Three concerts in the series been cancelled by the orchestra.",
        "Three concerts in the series",
        id="en-been-without-have",
    ),
    pytest.param(
        "fr",
        "Ce qui facilitera leur par des programmes informatiques la tâche.",
        "Ce qui facilitera leur",
        id="fr-leur-before-preposition",
    ),
    pytest.param(
        "fr",
        "Il a dit qu'il que cela soit avec les manifestations ou non.",
        "Il a dit qu'il",
        id="fr-subject-before-que",
    ),
    pytest.param(
        "fr",
        "Le congrès a voté hier.\n\nDepuis sa victoire aux élections de 2019,\n\nLa suite.",
        "Depuis sa victoire aux élections de 2019",
        id="fr-paragraph-stops-on-a-comma",
    ),
    pytest.param(
        "fr",
        "Le vote a eu lieu. Depuis son départ du gouvernement, le député n'avait",
        "Depuis son départ du gouvernement, le député n'avait",
        id="fr-text-stops-inside-a-negation",
    ),
    pytest.param(
        "en",
        "The bridge opened in May.\n\nThe new cycle lanes will be\n\nRead more",
        "The new cycle lanes will be",
        id="en-paragraph-stops-on-be",
    ),
    pytest.param(
        "fr",
        "L'accord avait été ratifié institutions européennes au printemps.",
        "L'accord avait été ratifié",
        id="fr-participle-runs-into-a-bare-plural-noun",
    ),
    pytest.param(
        "fr",
        "La région est désormais placée surveillance renforcée jusqu'à lundi.",
        "La région est désormais placée",
        id="fr-participle-runs-into-a-bare-noun",
    ),
    pytest.param(
        "fr",
        "Le candidat a longuement critiqué le Obama lors du débat télévisé.",
        "Le candidat a longuement critiqué le",
        id="fr-no-elision-before-a-name",
    ),
    pytest.param(
        "fr",
        "Les élèves défilent dans les rues Je suis venu avec ma fille, dit une mère.",
        "Les élèves défilent dans les rues",
        id="fr-runs-into-a-sentence-opening-on-je",
    ),
    pytest.param(
        "fr",
        "Elle lui a téléphoné hier soir et il me Aujourd’hui, tout est oublié.",
        "Elle lui a téléphoné hier soir et il me",
        id="fr-runs-into-aujourd-hui",
    ),
    pytest.param(
        "fr",
        "Le syndicat défend ses lorsque les salaires stagnent.",
        "Le syndicat défend ses",
        id="fr-possessive-runs-into-a-conjunction",
    ),
    pytest.param(
        "en",
        "Many tenants fear they will lose their because the rent has doubled.",
        "Many tenants fear they will lose their",
        id="en-possessive-runs-into-because",
    ),
    pytest.param(
        "en",
        "The climbers rang for help but their not be reached before nightfall.",
        "The climbers rang for help but their",
        id="en-possessive-runs-into-not",
    ),
    pytest.param(
        "en",
        "Shares in the group fell. Investors in became worried about its debt.",
        "Investors in",
        id="en-preposition-runs-into-a-past-verb",
    ),
    pytest.param(
        "en",
        "Ticket sales rose sharply last winter A spokesman for the club said demand was high.",
        "Ticket sales rose sharply last winter",
        id="en-runs-into-a-sentence-opening-on-a",
    ),
    pytest.param(
        "fr",
        "La tempête progresse à 30 sa trajectoire vers les côtes bretonnes.",
        "La tempête progresse à 30",
        id="fr-number-runs-into-a-possessive",
    ),
    pytest.param(
        "fr",
        "Les banques avaient septembre que le taux baisserait encore.",
        "Les banques avaient",
        id="fr-auxiliary-runs-into-a-month",
    ),
    pytest.param(
        "fr",
        "Le préjudice atteindrait près de 000 euros selon la banque.",
        "Le préjudice atteindrait près de",
        id="fr-number-lost-its-first-digits",
    ),
    pytest.param(
        "en",
        "The repairs will cost around 000 dollars, the council said.",
        "The repairs will cost around",
        id="en-number-lost-its-first-digits",
    ),
    pytest.param(
        "fr",
        "Le chercheur estime que n'est sans doute pas la seule planète du système.",
        "Le chercheur estime que",
        id="fr-clause-lost-its-subject",
    ),
    pytest.param(
        "fr",
        "Menée au premier set, la ne sont jamais revenues au score.",
        "Menée au premier set, la",
        id="fr-article-runs-into-a-clitic",
    ),
    pytest.param(
        "fr",
        "Le député a interrompu la plusieurs minutes avant la reprise.",
        "Le député a interrompu la",
        id="fr-article-runs-into-a-quantifier",
    ),
    pytest.param(
        "fr",
        "Il affiche sur la un message d'erreur depuis lundi.",
        "Il affiche sur la",
        id="fr-two-articles",
    ),
    pytest.param(
        "fr",
        "Selon le qu'il a rendu public, les ventes reculent.",
        "Selon le",
        id="fr-article-runs-into-que",
    ),
    pytest.param(
        "en",
        "Conservation groups urged the to fishing while the survey goes on.",
        "Conservation groups urged the",
        id="en-article-runs-into-to",
    ),
    pytest.param(
        "en",
        "Race organisers thanked the said 19 runners had been treated.",
        "Race organisers thanked the",
        id="en-article-runs-into-said",
    ),
    pytest.param(
        "fr",
        "Le fonds investira dans des projets pour permettra aux communes de recruter.",
        "Le fonds investira dans des projets pour",
        id="fr-preposition-runs-into-a-future",
    ),
    pytest.param(
        "fr",
        "Les habitants de la vallée sans réclamaient depuis des années une digue.",
        "Les habitants de la vallée sans",
        id="fr-preposition-runs-into-an-imperfect",
    ),
    pytest.param(
        "fr",
        "La marche qui déroulée samedi a réuni des milliers de personnes.",
        "La marche qui",
        id="fr-relative-pronoun-runs-into-a-participle",
    ),
    pytest.param(
        "fr",
        "Il faut que une solution soit trouvée avant l'hiver.",
        "Il faut que",
        id="fr-que-before-une-without-elision",
    ),
    pytest.param(
        "fr",
        "Les deux pays ont sanctions économiques depuis 2019.",
        "Les deux pays ont",
        id="fr-auxiliary-runs-into-a-bare-plural",
    ),
    pytest.param(
        "fr",
        "Le maire a pris la parole et il rappeler que le budget était voté.",
        "Le maire a pris la parole et il",
        id="fr-subject-runs-into-an-infinitive",
    ),
    pytest.param(
        "fr",
        "Les négociations ont permettront de sortir de la crise.",
        "Les négociations ont",
        id="fr-auxiliary-runs-into-a-future",
    ),
    pytest.param(
        "fr",
        "Le public venu pour veulent une fête réussie.",
        "Le public venu pour",
        id="fr-preposition-runs-into-an-irregular-verb",
    ),
    pytest.param(
        "en",
        "Pupils who miss school because of the strike would marked absent, the school said.",
        "Pupils who miss school because of the strike would",
        id="en-modal-runs-into-a-past-form",
    ),
    pytest.param(
        "en",
        "The river finally fell. It the scheme a success, officials said.",
        "It",
        id="en-sentence-opening-it-runs-into-an-article",
    ),
    pytest.param(
        "en",
        "Inflation fell to from a peak of 11 per cent last year.",
        "Inflation fell to",
        id="en-to-runs-into-from",
    ),
    pytest.param(
        "en",
        "The fund will cover the cost of million homes in the region.",
        "The fund will cover the cost of",
        id="en-round-number-without-its-count",
    ),
    pytest.param(
        "en",
        "Eastport held on for most of the But Rovers equalised late.",
        "Eastport held on for most of the",
        id="en-article-runs-into-a-capitalised-conjunction",
    ),
    pytest.param(
        "en",
        "Fans who had queued for have been told to go home.",
        "Fans who had queued for",
        id="en-for-runs-into-an-auxiliary",
    ),
    pytest.param(
        "en",
        "Residents said they to save what they could from the water.",
        "Residents said they",
        id="en-subject-runs-into-to",
    ),
    pytest.param(
        "en",
        "The document had been was wrongly dated, the orchestra said.",
        "The document had been",
        id="en-been-runs-into-an-auxiliary",
    ),
    pytest.param(
        "en",
        "The fire had burned nearly hectares of forest by the morning.",
        "The fire had burned nearly",
        id="en-approximate-number-without-its-number",
    ),
    pytest.param(
        "fr",
        "L'incendie a parcouru environ hectares de garrigue.",
        "L'incendie a parcouru environ",
        id="fr-approximate-number-without-its-number",
    ),
    pytest.param(
        "fr",
        "Il a parlé en tenant compte de sa ; le parti écologiste a répondu dimanche.",
        "Il a parlé en tenant compte de sa",
        id="fr-article-before-a-semicolon",
    ),
    pytest.param(
        "en",
        "Officials praised the , and the council agreed to review the plan.",
        "Officials praised the",
        id="en-article-before-a-comma",
    ),
    pytest.param(
        "fr",
        "La prise de des otages a choqué le pays tout entier.",
        "La prise de",
        id="fr-de-runs-into-des",
    ),
    pytest.param(
        "fr",
        "Le vent soufflera en rafales sur la Les températures resteront élevées.",
        "Le vent soufflera en rafales sur la",
        id="fr-article-runs-into-a-sentence-opening-on-an-article",
    ),
    pytest.param(
        "fr",
        "Les diplomates craignent une tensions accrues dans la région.",
        "Les diplomates craignent une",
        id="fr-singular-article-runs-into-a-plural",
    ),
]

CLEAN = [
    pytest.param(
        "en",
        "It was reported by the BBC and The Guardian, and you and I read it.",
        id="en-names-after-a-conjunction",
    ),
    pytest.param(
        "fr",
        "L’affaire a été révélée par Libération et Le Monde, puis par France Inter et Les Échos.",
        id="fr-names-after-a-conjunction",
    ),
    pytest.param(
        "fr",
        "Ils craignent un été sec et préparent un long été, son premier été à Marseille.",
        id="fr-summer-after-an-article-or-adjective",
    ),
    pytest.param(
        "fr",
        "D’autres se sont abstenus ; il y en a d’autres qui attendent. D’autres encore "
        "dénoncent le texte. Les autres aussi ont quitté la salle.",
        id="fr-d-autres-standing-alone",
    ),
    pytest.param(
        "fr",
        "Il a plu tout l’été, on limite la chaleur en été, et d’autres s’inquiètent.",
        id="fr-summer-and-d-autres-as-a-pronoun",
    ),
    pytest.param(
        "en",
        "Most read\n1. Council approves housing plan after marathon meeting\n"
        "2. Police appeal for witnesses after overnight crash",
        id="en-numbered-list-items",
    ),
    pytest.param(
        "en",
        "His family said a private funeralwould be held on Friday.",
        id="en-glued-word-before-be",
    ),
    pytest.param(
        "en",
        "It was the will of the people, and the book is a must for anyone who can.",
        id="en-modal-words-used-as-nouns",
    ),
    pytest.param(
        "fr",
        "Pour elle plus que pour lui, la victoire compte ; ils ne sont plus là.",
        id="fr-stressed-pronoun-before-plus",
    ),
    pytest.param(
        "en",
        "The band played rock and Roll Over Beethoven closed the show. Tom and Jerry is back.",
        id="en-conjunction-before-a-title",
    ),
    pytest.param(
        "fr",
        "Les magazines Vogue et Elle ont publié la photo, et Le Monde l’a reprise.",
        id="fr-conjunction-before-names",
    ),
    pytest.param(
        "en",
        "“We got to the airport at 5 a.m., and the clinic opens at 9 a.m. on Saturday.”",
        id="en-a-dot-m-is-no-stranded-article",
    ),
    pytest.param(
        "fr",
        "Le gouvernement compte sur la création d’un fonds spécial et d’un prix unique.",
        id="fr-singular-nouns-ending-in-s-or-x",
    ),
    pytest.param(
        "fr",
        "La direction a annoncé mardi aux représentants du personnel son intention de vendre.",
        id="fr-indirect-object-then-possessive",
    ),
    pytest.param(
        "fr",
        "Certains estiment que la réforme arrive trop tard. Plusieurs d’entre eux ont quitté "
        "la salle, et il y en a certains que personne n’attendait.",
        id="fr-plural-determiners-as-pronouns",
    ),
    pytest.param(
        "fr",
        "Le festival a accueilli des troupes dans quelque 140 lieux de la ville.",
        id="fr-dans-quelque-number",
    ),
    pytest.param(
        "fr",
        "Le blessé peut à peine marcher. La commune doit en effet rembourser l’emprunt.",
        id="fr-modal-before-an-adverbial",
    ),
    pytest.param(
        "en",
        "The senators insisted that the measure be put to a vote on Friday.",
        id="en-subjunctive-be",
    ),
    pytest.param(
        "en",
        "It was the deal that analysts said would never happen.",
        id="en-relative-clause-then-said-would",
    ),
    pytest.param(
        "fr",
        "Cet été, les réunions ont également été annulées et n'ont pas toujours été reprises.",
        id="fr-ete-with-auxiliary-or-summer",
    ),
    pytest.param(
        "en",
        "The concerts have been cancelled; the hall has not yet been repaired, having been hit.",
        id="en-been-after-have",
    ),
    pytest.param(
        "fr",
        "Il leur a parlé et leur programme plaît ; ils leur en veulent de leur avoir menti.",
        id="fr-leur-pronoun-and-possessive",
    ),
    pytest.param(
        "fr",
        "Il faut qu'il sache ce que je pense et ce qu'on attend de lui.",
        id="fr-subject-then-verb",
    ),
    pytest.param(
        "fr",
        "Les députés ont voté le texte envoyé aux d&#233;putés de la commission hier soir.",
        id="fr-word-cut-by-an-html-entity",
    ),
    pytest.param(
        "fr",
        "Washington – Les États-Unis ont déclaré vendredi qu'une solution existe.",
        id="fr-dateline",
    ),
    pytest.param(
        "fr",
        "Les États-Unis et l'OTAN adoptent une position ferme avant les pourparlers\n\n"
        "Les diplomates se réunissent lundi.",
        id="fr-headline",
    ),
    pytest.param(
        "fr", "Le programme :\n\n- la santé\n- l'école\n\nIl a été voté.", id="fr-list-items"
    ),
    pytest.param(
        "fr",
        "Il a été reçu.\n\nLe ministre lors de sa visite à Lyon (photo AFP)\n\nLa visite a duré.",
        id="fr-caption",
    ),
    pytest.param(
        "fr", "M. Dupont a rencontré le journal Le Monde hier.", id="fr-title-before-name"
    ),
    pytest.param("fr", "Il veut rendre au peuple sa souveraineté.", id="fr-second-object-after-au"),
    pytest.param(
        "fr", "Il a tenté de le faire avant de les aider.", id="fr-pronoun-before-infinitive"
    ),
    pytest.param("fr", "Le ministre leur a annoncé la nouvelle.", id="fr-leur-as-pronoun"),
    pytest.param("fr", "C'est à la une du quotidien.", id="fr-la-une"),
    pytest.param("fr", "Il a vu un yacht et de onze heures à midi.", id="fr-no-elision-words"),
    pytest.param("fr", "Ce sont des individus sans statut.", id="fr-ce-sont"),
    pytest.param(
        "en", "It will be ready, e.g. by June, and could soon be open.", id="en-modals-before-be"
    ),
    pytest.param("en", "Hospital waiting lists reach record high", id="en-headline"),
    pytest.param(
        "en", "What she said was true, and more people than ever agree.", id="en-what-said-was"
    ),
    pytest.param(
        "en", "They stood in and around the square with and without permits.", id="en-in-and-out"
    ),
    pytest.param(
        "fr", "Il a hier annoncé que la côte est sont touchées.", id="fr-hier-and-compass-est"
    ),
    pytest.param("fr", "Nous nous sommes vus, et le ton est monté.", id="fr-nous-nous-le-ton"),
    pytest.param("fr", "On les a croisés aux Flammes hier.", id="fr-on-les-pronoun"),
    pytest.param("fr", "Il a lu le journal Le Monde ce matin.", id="fr-newspaper-title"),
    pytest.param(
        "en",
        "The project was approved. You might also enjoy\n\nTags: news",
        id="en-you-might-enjoy",
    ),
    pytest.param("fr", "Le ministre a parlé (photo AFP)\n\nLa suite.", id="fr-caption-in-brackets"),
    pytest.param("fr", "Il a été rejeté par le Parlement europÃ©en", id="fr-garbled-last-word"),
    pytest.param(
        "fr",
        "Pour sauvegarder cet article, créez un compte franceinfo Sans paiement. Sans abonnement.",
        id="fr-paywall-pitch",
    ),
    pytest.param("fr", "Il a assisté au lancement du pendant européen.", id="fr-pendant-as-noun"),
    pytest.param(
        "fr",
        "Dans énormément de cas, on récupère l'argent dans environ trois jours.",
        id="fr-dans-adverb",
    ),
    pytest.param(
        "en", "It means there'll now be no competing request.", id="en-contracted-modal-before-be"
    ),
    pytest.param(
        "en",
        "Some benefits will take longer to realize than planned.",
        id="en-comparative-far-before-than",
    ),
    pytest.param(
        "fr",
        "Comment faire passer le hoquet ? Forêts en feu aux États-Unis : des évacuations "
        "massives Le boum des vêtements Les obsèques de l'actrice",
        id="fr-chained-headlines",
    ),
    pytest.param(
        "fr",
        "Découvrir Copenhague gratuitement en kayak... En ramassant les déchets Le succès "
        "fou d'une entreprise japonaise.",
        id="fr-title-after-a-teaser",
    ),
    pytest.param("en", "Share this:\nFacebook\nTwitter", id="en-share-buttons"),
    pytest.param(
        "en",
        "The council met.\n\nFollow us on Twitter and Facebook for the latest news",
        id="en-furniture-line",
    ),
    pytest.param(
        "en", "A union and a one-off European deal were signed.", id="en-a-before-vowel-sound"
    ),
    pytest.param("fr", "Il a été nommé ambassadeur à Rome en 2019.", id="fr-named-to-a-post"),
    pytest.param(
        "fr",
        "Le ministre a donné satisfaction aux syndicats, et le film annoncé commence à 20 h.",
        id="fr-participle-before-fixed-bare-noun-and-verb",
    ),
    pytest.param(
        "fr",
        "L'armée a frappé des installations militaires, selon la société civile.",
        id="fr-participle-before-article",
    ),
    pytest.param(
        "fr",
        "Ils se rendent à Ouagadougou puis chez les partisans de Ouattara.",
        id="fr-names-without-elision",
    ),
    pytest.param(
        "fr",
        "Il a déclaré que Je suis Charlie était devenu le slogan Je suis Charlie partout.",
        id="fr-quotation-after-que",
    ),
    pytest.param(
        "fr",
        "Le gouvernement ne reviendra pas sur sa décision, a-t-il affirmé,\n\n« Non. »",
        id="fr-comma-before-a-quotation-paragraph",
    ),
    pytest.param(
        "en",
        "It was a not insignificant sum, and their not being there was noticed by a think tank.",
        id="en-not-after-articles",
    ),
    pytest.param(
        "en",
        "The study found vitamin A deficiency in a third of children, as plan A failed.",
        id="en-capital-a-label",
    ),
    pytest.param("en", "He asked whether the if was justified at all.", id="en-the-if-is-a-noun"),
    pytest.param(
        "en",
        "The club will decide by Friday whether the match can be.",
        id="en-ends-on-be-with-stop",
    ),
    pytest.param(
        "fr",
        "Elle a battu 6-2 sa rivale et attend jusqu'a mars pour rejouer.",
        id="fr-score-before-possessive-and-months",
    ),
    pytest.param(
        "fr",
        "Le préjudice atteint 700 000 euros, plus que n'en a perdu la banque en 2012.",
        id="fr-thousands-and-comparative-ne",
    ),
    pytest.param("fr", "Que n'a-t-il pas fait pour ses électeurs ?", id="fr-que-ne-exclamation"),
    pytest.param("en", "The repairs will cost 1 000 000 dollars.", id="en-spaced-thousands"),
    pytest.param(
        "fr",
        "Il la voit plusieurs fois par an, le un contre un lui plaît et il ne le dit pas.",
        id="fr-pronouns-and-le-un",
    ),
    pytest.param(
        "en",
        "Every which way they looked, the to-do list and the said-to-be finest hotel were full.",
        id="en-every-which-way-and-hyphens",
    ),
    pytest.param(
        "fr",
        "Il pose pour un portrait avec sa caméra, sans souhait ni extrait de son opéra.",
        id="fr-nouns-ending-like-a-tense",
    ),
    pytest.param(
        "fr",
        "La personne à qui confié le dossier répond.",
        id="fr-qui-after-a-preposition",
    ),
    pytest.param(
        "fr",
        "C'est la une de Libération, il entre en scène et on les aime ; ils ont lieu demain.",
        id="fr-la-une-and-bare-singular-after-avoir",
    ),
    pytest.param(
        "en",
        "They would need more staff and could proceed, as the political will needed is there.",
        id="en-modals-before-eed-verbs-and-will-as-a-noun",
    ),
    pytest.param(
        "en",
        "Call it a day: they made it the best year, at a cost of 40 million and a few hundred.",
        id="en-it-as-an-object-and-counted-round-numbers",
    ),
    pytest.param(
        "en",
        "Up to 30 per thousand people voted, for he knew the vote went from bad to worse.",
        id="en-per-thousand-and-for-as-a-conjunction",
    ),
    pytest.param(
        "en",
        "A human being is not a statistic, he or she said after complaining about hours.",
        id="en-being-as-a-noun-and-about-hours",
    ),
    pytest.param(
        "fr",
        "L'incendie a parcouru environ 1 200 hectares, soit environ la moitié du massif.",
        id="fr-approximate-numbers",
    ),
    pytest.param(
        "fr",
        "Il baisse le son. Sur ce, il parle du « changement » et retrouve les leurs.",
        id="fr-words-that-may-stand-before-punctuation",
    ),
    pytest.param(
        "en",
        "This is what the bridge is made of. The book is his, and LA, too.",
        id="en-words-that-may-stand-before-punctuation",
    ),
    pytest.param(
        "fr",
        "Le directeur de Les Échos parle de la Poste et de ce que vivent les gens.",
        id="fr-titles-after-de-and-de-ce-que",
    ),
    pytest.param(
        "fr",
        "Chers amis, chers collègues,\n\nNous voici réunis pour la dernière fois.",
        id="fr-salutation-ending-on-a-comma",
    ),
    pytest.param(
        "fr",
        "Ce sont des gens du pays : au cours du mois, un fils et un tiers du temps.",
        id="fr-singular-words-in-s",
    ),
]


def _spans(language: str, text: str) -> list[tuple[str, None]]:
    doc = Document(text, language=language)
    return [(text[f.start : f.end], f.suggestion) for f in truncation.check(doc)]


@pytest.mark.parametrize(("language", "text", "span"), FLAGGED)
def test_it_flags_the_truncated_sentence(language, text, span):
    assert _spans(language, text) == [(span, None)]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_it_leaves_look_alikes_alone(language, text):
    assert _spans(language, text) == []


@pytest.mark.xfail(strict=True, reason="a drop that leaves a grammatical pair shows no trace")
def test_it_misses_a_drop_that_leaves_a_grammatical_sentence():
    text = "Le président Obama a entre parenthèses pour prendre en main la crise."
    assert _spans("fr", text)


@pytest.mark.xfail(strict=True, reason="a name after a noun or a title is usually legitimate")
def test_it_misses_a_run_on_from_a_noun_into_a_name():
    text = "Il a reçu le soutien du gouvernement Rajoy a confirmé la décision hier."
    assert _spans("fr", text)
